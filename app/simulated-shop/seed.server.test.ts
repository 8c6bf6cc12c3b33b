import { describe, expect, it } from "vitest";
import {
  createSeed,
  DAY_MS,
  SEED_CUSTOMERS,
  SEED_GUEST_EMAIL,
  SEED_LOCATIONS,
  SEED_ORDERS,
  SEED_PRODUCTS,
  SEED_SEGMENTS,
  SEED_VARIANTS,
} from "./seed.server";

const NOW = new Date("2026-11-23T12:00:00.000Z");
const seed = createSeed("seed-test.myshopify.com", NOW);
const amount = (bag: { shopMoney: { amount: string } }) => Number(bag.shopMoney.amount);

describe("seed", () => {
  it("has the documented catalog: 8 products, 3 locations, a gift card, a sold-out and a low-stock variant", () => {
    expect(seed.products).toHaveLength(8);
    expect(seed.locations.map((l) => l.name)).toEqual(Object.values(SEED_LOCATIONS).map((l) => l.name));
    expect(seed.products.find((p) => p.id === SEED_PRODUCTS.giftCard.id)?.isGiftCard).toBe(true);
    const bySku = (sku: string) => seed.variants.find((v) => v.sku === sku)!;
    expect(bySku(SEED_VARIANTS.outOfStock.sku)).toMatchObject({ inventoryQuantity: 0, availableForSale: false });
    expect(bySku(SEED_VARIANTS.lowStock.sku).inventoryQuantity).toBe(SEED_VARIANTS.lowStock.available);
    const soldOutLevels = seed.inventoryLevels.filter((l) => l.itemId === bySku(SEED_VARIANTS.outOfStock.sku).inventoryItemId);
    expect(soldOutLevels).toHaveLength(3);
    expect(soldOutLevels.every((l) => l.quantitiesByName.available === 0)).toBe(true);
  });

  it("keeps inventory quantities consistent", () => {
    for (const level of seed.inventoryLevels) {
      const q = level.quantitiesByName;
      expect(q.on_hand).toBe(q.available + q.committed + q.reserved + q.damaged + q.quality_control + q.safety_stock);
    }
    for (const variant of seed.variants.filter((v) => seed.inventoryItems.find((i) => i.id === v.inventoryItemId)?.tracked)) {
      const levels = seed.inventoryLevels.filter((l) => l.itemId === variant.inventoryItemId);
      expect(variant.inventoryQuantity).toBe(levels.reduce((a, l) => a + l.quantitiesByName.available, 0));
    }
    for (const product of seed.products) {
      const variants = seed.variants.filter((v) => v.productId === product.id);
      expect(product.totalInventory).toBe(variants.reduce((a, v) => a + v.inventoryQuantity, 0));
    }
  });

  it("matches every SEED_ORDERS fact", () => {
    for (const fact of Object.values(SEED_ORDERS)) {
      const order = seed.orders.find((o) => o.id === fact.id)!;
      expect(order.name).toBe(fact.name);
      expect(order.email).toBe(fact.email);
      expect(order.customerId).toBe(fact.customerId);
      expect(order.displayFinancialStatus).toBe(fact.displayFinancialStatus);
      expect(order.displayFulfillmentStatus).toBe(fact.displayFulfillmentStatus);
      expect(Date.parse(order.createdAt)).toBe(NOW.getTime() - fact.createdDaysAgo * DAY_MS);
      expect(amount(order.totalPriceSet)).toBeCloseTo(amount(order.subtotalPriceSet) + amount(order.totalShippingPriceSet) + amount(order.totalTaxSet), 2);
    }
    expect(seed.orders.map((o) => o.name)).toEqual(Object.values(SEED_ORDERS).map((f) => f.name).sort());
  });

  it("covers the order states tests rely on", () => {
    const order = (fact: { id: string }) => seed.orders.find((o) => o.id === fact.id)!;
    expect(order(SEED_ORDERS.inTransit).fulfillments[0].trackingInfo[0]).toMatchObject(SEED_ORDERS.inTransit.tracking);
    expect(order(SEED_ORDERS.delivered).fulfillments[0].deliveredAt).toBe(new Date(NOW.getTime() - 3 * DAY_MS).toISOString());
    expect(order(SEED_ORDERS.cancelled).cancelReason).toBe("CUSTOMER");
    expect(order(SEED_ORDERS.returned).returns[0].status).toBe("CLOSED");
    expect(order(SEED_ORDERS.returnRequested).returns[0].status).toBe("REQUESTED");
    expect(SEED_ORDERS.olderThan60Days.createdDaysAgo).toBeGreaterThan(60);
    expect(order(SEED_ORDERS.giftCardOnly).lineItems.every((l: { isGiftCard: boolean }) => l.isGiftCard)).toBe(true);
    expect(amount(order(SEED_ORDERS.highValue).totalPriceSet)).toBeGreaterThan(1000);
    expect(order(SEED_ORDERS.guest).customerId).toBeNull();
    expect(SEED_ORDERS.guest.email).toBe(SEED_GUEST_EMAIL);
  });

  it("has the customer archetypes and segment memberships", () => {
    const customer = (c: { id: string }) => seed.customers.find((x) => x.id === c.id)!;
    expect(customer(SEED_CUSTOMERS.new).numberOfOrders).toBe("0");
    expect(Number(customer(SEED_CUSTOMERS.repeat).numberOfOrders)).toBeGreaterThanOrEqual(2);
    expect(customer(SEED_CUSTOMERS.vip).tags).toContain("VIP");
    expect(Number(customer(SEED_CUSTOMERS.vip).amountSpent.amount)).toBeGreaterThan(5000);
    expect(customer(SEED_CUSTOMERS.wholesale).tags).toContain("wholesale");
    expect(seed.customers.some((c) => c.email === SEED_GUEST_EMAIL)).toBe(false);
    const segment = (s: { id: string }) => seed.segments.find((x) => x.id === s.id)!;
    expect(segment(SEED_SEGMENTS.vip).memberIds).toEqual([SEED_CUSTOMERS.vip.id]);
    expect(segment(SEED_SEGMENTS.wholesale).memberIds).toEqual([SEED_CUSTOMERS.wholesale.id]);
    expect(segment(SEED_SEGMENTS.newCustomers).memberIds).toEqual([SEED_CUSTOMERS.new.id]);
  });

  it("gives each shop its own myshopifyDomain and the same facts", () => {
    const other = createSeed("other.myshopify.com", NOW);
    expect(other.shop.myshopifyDomain).toBe("other.myshopify.com");
    expect(other.orders.map((o) => o.name)).toEqual(seed.orders.map((o) => o.name));
  });
});
