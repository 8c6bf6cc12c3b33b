import { describe, expect, it } from "vitest";
import {
  handleInventoryLevelUpdate,
  InMemoryBackInStockRepository,
  InvalidSubscriptionError,
  OutboxNotifier,
  subscribeBackInStock,
  type BackInStockNotifier,
} from "./back-in-stock.server";

const SHOP = "test-shop.myshopify.com";
const sub = (email: string, item = "50501") =>
  ({ shop: SHOP, variantId: "40501", inventoryItemId: item, email });

describe("back in stock", () => {
  it("stores one pending subscription per shopper and variant, normalising ids and email", async () => {
    const repo = new InMemoryBackInStockRepository();
    const a = await subscribeBackInStock(repo, sub(" Ana@Example.com "));
    const b = await subscribeBackInStock(repo, sub("ana@example.com"));
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ variantId: "gid://shopify/ProductVariant/40501", inventoryItemId: "gid://shopify/InventoryItem/50501", email: "ana@example.com" });
    await expect(subscribeBackInStock(repo, sub("not-an-email"))).rejects.toBeInstanceOf(InvalidSubscriptionError);
  });

  it("notifies pending subscribers once when stock comes back, and not while it stays at zero", async () => {
    const repo = new InMemoryBackInStockRepository();
    const notifier = new OutboxNotifier();
    await subscribeBackInStock(repo, sub("ana@example.com"));
    await subscribeBackInStock(repo, sub("ben@example.com"));
    await subscribeBackInStock(repo, sub("cy@example.com", "99999"));

    const zero = await handleInventoryLevelUpdate({ inventory_item_id: 50501, location_id: 6001, available: 0 }, repo, notifier, { shop: SHOP });
    expect(zero.notified).toEqual([]);

    const back = await handleInventoryLevelUpdate({ inventory_item_id: 50501, location_id: 6001, available: 3 }, repo, notifier, { shop: SHOP });
    expect(notifier.outbox.map((n) => n.subscription.email).sort()).toEqual(["ana@example.com", "ben@example.com"]);
    expect(notifier.outbox[0]).toMatchObject({ available: 3, locationId: "gid://shopify/Location/6001" });
    expect(back.notified).toHaveLength(2);

    await handleInventoryLevelUpdate({ inventory_item_id: 50501, available: 5 }, repo, notifier, { shop: SHOP });
    expect(notifier.outbox).toHaveLength(2);
    // Another shop's webhook for the same item id touches nothing here.
    await handleInventoryLevelUpdate({ inventory_item_id: 99999, available: 5 }, repo, notifier, { shop: "other.myshopify.com" });
    expect(notifier.outbox).toHaveLength(2);
  });

  it("keeps a subscription pending when its notice fails", async () => {
    const repo = new InMemoryBackInStockRepository();
    await subscribeBackInStock(repo, sub("ana@example.com"));
    const failing: BackInStockNotifier = { notify: async () => Promise.reject(new Error("smtp down")) };
    const result = await handleInventoryLevelUpdate({ inventory_item_id: "gid://shopify/InventoryItem/50501", available: 1 }, repo, failing, { shop: SHOP });
    expect(result.failed).toHaveLength(1);
    expect(await repo.pendingForInventoryItem(SHOP, "gid://shopify/InventoryItem/50501")).toHaveLength(1);
  });
});
