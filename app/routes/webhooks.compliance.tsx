import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { handleComplianceWebhook } from "../domain/conversations/compliance.server";
import { compliancePayloads, complianceTopic } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const verified = await verifiedWebhook(request, (topic) => {
    const known = complianceTopic(topic);
    return known ? compliancePayloads[known] : null;
  });
  if (!verified.ok) return verified.response;
  const { topic, shop } = verified.webhook;
  await handleComplianceWebhook(prisma, { topic: String(topic), shop, payload: verified.payload });
  return new Response();
};
