import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { knowledgeJobQueue } from "../domain/knowledge/job-queue.server";
import { handleContentWebhook } from "../domain/knowledge/reindex-job.server";
import { authenticate, unauthenticated } from "../shopify.server";

// products/create, products/update, products/delete: the shop's content changed, so its grounded-answer index is
// rebuilt (coalesced per shop). authenticate.webhook verifies the HMAC and answers 401 itself when it's wrong.
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, topic, payload } = await authenticate.webhook(request);
  const jobs = knowledgeJobQueue(async () => ({
    db: prisma,
    now: () => new Date(),
    adminFor: async (s: string) => {
      try {
        return (await unauthenticated.admin(s)).admin;
      } catch {
        return null;
      }
    },
  }));
  const result = await handleContentWebhook({ shop, topic: String(topic), payload }, jobs);
  if (!result.ok) return new Response(result.error, { status: result.status });
  return new Response();
};
