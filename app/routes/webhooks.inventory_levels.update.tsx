import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "../db.server";
import { prismaBackInStockRepository } from "../persistence/back-in-stock-repository.server";
import { handleInventoryLevelUpdate } from "../domain/shop-data/back-in-stock.server";
import { loggingBackInStockNotifier } from "../persistence/back-in-stock-notifier.server";
import { inventoryLevelUpdatePayload } from "../webhooks/payloads";
import { verifiedWebhook } from "../webhooks/verified-webhook.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const verified = await verifiedWebhook(request, inventoryLevelUpdatePayload);
  if (!verified.ok) return verified.response;
  await handleInventoryLevelUpdate(verified.payload, prismaBackInStockRepository(prisma), loggingBackInStockNotifier, { shop: verified.webhook.shop });
  return new Response();
};
