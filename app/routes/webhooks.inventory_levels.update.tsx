import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { recordRestock } from "../domain/notifications/back-in-stock.server";
import { inventoryLevelUpdatePayload } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

// Stock came back: mark the waiting subscriptions; the back-in-stock job emails them (and marks them notified only
// after the SMTP server accepted), so a slow or failing mail server never fails Shopify's webhook delivery.
export const action = async ({ request }: ActionFunctionArgs) => {
  const verified = await verifiedWebhook(request, inventoryLevelUpdatePayload);
  if (!verified.ok) return verified.response;
  await recordRestock(prisma, verified.webhook.shop, verified.payload);
  return new Response();
};
