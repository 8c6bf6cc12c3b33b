import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { handleComplianceWebhook } from "../domain/conversations/compliance.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const { topic, shop, payload } = await authenticate.webhook(request);
  await handleComplianceWebhook(prisma, { topic: String(topic), shop, payload });
  return new Response();
};
