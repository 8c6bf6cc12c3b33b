import { prisma } from "../db.server";
import { createShopperMessagePipeline } from "../domain/conversations/default-pipeline.server";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";
import { shopperLimits } from "../limits/shopper-limits.server";
import { prismaBackInStockRepository } from "../persistence/back-in-stock-repository.server";

export function shopperMessagePipeline(shop: string, admin: AdminGraphql | null) {
  return createShopperMessagePipeline({
    db: prisma,
    shop,
    admin,
    backInStock: prismaBackInStockRepository(prisma),
    lookupLimiter: shopperLimits().lookups,
  });
}
