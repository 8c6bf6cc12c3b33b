import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { prismaBackInStockRepository } from "../persistence/back-in-stock-repository.server";
import { handleInventoryLevelUpdate, type InventoryLevelUpdatePayload } from "../domain/shop-data/back-in-stock.server";
import { loggingBackInStockNotifier } from "../persistence/back-in-stock-notifier.server";

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, payload } = await authenticate.webhook(request);
  await handleInventoryLevelUpdate(payload as InventoryLevelUpdatePayload, prismaBackInStockRepository(prisma), loggingBackInStockNotifier, { shop });
  return new Response();
};
