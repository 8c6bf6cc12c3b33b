import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../testing/test-database.server";
import { handleInventoryLevelUpdate, OutboxNotifier } from "../domain/shop-data/back-in-stock.server";
import { prismaBackInStockRepository } from "./back-in-stock-repository.server";

describe.each(testProviders())("back-in-stock subscriptions on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("stores one pending subscription per shop, variant and email, and notifies it once on restock", async () => {
    const repo = prismaBackInStockRepository(t.prisma);
    const shop = "stock.myshopify.com";
    const sub = { shop, variantId: "gid://shopify/ProductVariant/1", inventoryItemId: "gid://shopify/InventoryItem/11", email: "Ana@Example.com " };
    const a = await repo.add(sub);
    const b = await repo.add({ ...sub, email: "ana@example.com" });
    expect(b.id).toBe(a.id);
    expect(a.email).toBe("ana@example.com");

    const notifier = new OutboxNotifier();
    const none = await handleInventoryLevelUpdate({ inventory_item_id: 11, available: 0 }, repo, notifier, { shop });
    expect(none.notified).toEqual([]);
    const restock = await handleInventoryLevelUpdate({ inventory_item_id: 11, location_id: 5, available: 3 }, repo, notifier, { shop });
    expect(restock.notified).toEqual([a.id]);
    expect(notifier.outbox).toHaveLength(1);
    expect(notifier.outbox[0].subscription.email).toBe("ana@example.com");
    const again = await handleInventoryLevelUpdate({ inventory_item_id: 11, available: 5 }, repo, notifier, { shop });
    expect(again.notified).toEqual([]);
    // Other shops' items are never touched.
    expect(await repo.pendingForInventoryItem("other.myshopify.com", "gid://shopify/InventoryItem/11")).toEqual([]);
  });
});
