import type { Db } from "../db.server";
import type { BackInStockRepository, BackInStockSubscription, NewBackInStockSubscription } from "../domain/shop-data/back-in-stock.server";

/** The back-in-stock subscriptions of the answers module, stored with Prisma. */
export function prismaBackInStockRepository(db: Db): BackInStockRepository {
  return {
    async add(s: NewBackInStockSubscription): Promise<BackInStockSubscription> {
      const email = s.email.trim().toLowerCase();
      const existing = await db.backInStockSubscription.findUnique({
        where: { shop_variantId_email: { shop: s.shop, variantId: s.variantId, email } },
      });
      if (existing && !existing.notifiedAt) return existing;
      // A subscriber notified before can ask again for the next restock.
      if (existing) {
        return db.backInStockSubscription.update({
          where: { id: existing.id },
          data: { notifiedAt: null, inventoryItemId: s.inventoryItemId ?? existing.inventoryItemId, language: s.language ?? existing.language, createdAt: new Date() },
        });
      }
      return db.backInStockSubscription.create({
        data: { shop: s.shop, variantId: s.variantId, inventoryItemId: s.inventoryItemId ?? null, email, language: s.language ?? "en" },
      });
    },
    pendingForInventoryItem(shop: string, inventoryItemId: string) {
      return db.backInStockSubscription.findMany({ where: { shop, inventoryItemId, notifiedAt: null }, orderBy: { createdAt: "asc" } });
    },
    async markNotified(ids: string[], at: Date = new Date()) {
      await db.backInStockSubscription.updateMany({ where: { id: { in: ids } }, data: { notifiedAt: at } });
    },
  };
}
