import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import type { InventoryLevelUpdatePayload } from "../domain/shop-data/back-in-stock.server";
import { recordRestock } from "../domain/notifications/back-in-stock.server";

// Stock came back: mark the waiting subscriptions; the back-in-stock job emails them (and marks them notified only
// after the SMTP server accepted), so a slow or failing mail server never fails Shopify's webhook delivery.
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, payload } = await authenticate.webhook(request);
  await recordRestock(prisma, shop, payload as InventoryLevelUpdatePayload);
  return new Response();
};
