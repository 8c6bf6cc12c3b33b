import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { jsonError } from "../proxy/responses.server";
import { handleComplianceWebhook } from "../domain/conversations/compliance.server";
import { defaultShopContentStore } from "../domain/knowledge/store.server";
import { compliancePayloads, complianceTopic } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const verified = await verifiedWebhook(request, (topic) => {
    const known = complianceTopic(topic);
    return known ? compliancePayloads[known] : null;
  });
  if (!verified.ok) return verified.response;
  const { topic, shop } = verified.webhook;
  if (verified.payload.shop_domain !== shop) return jsonError(422, "shop_domain does not match the shop");
  await handleComplianceWebhook(prisma, { topic: String(topic), shop, payload: verified.payload }, { content: defaultShopContentStore() });
  return new Response();
};
