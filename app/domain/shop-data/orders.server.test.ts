import { beforeAll, describe, expect, it } from "vitest";
import { SEED_CUSTOMERS, SEED_ORDERS } from "~/simulated-shop/seed.server";
import { configureSimulatedShop, DEFAULT_SIMULATED_SCOPES } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import type { AdminGraphql } from "./admin-api.server";
import {
  emailsMatch,
  findOrderForShopper,
  listRecentOrdersForCustomer,
  normalizeOrderNumber,
  phonesMatch,
  safeOrderNumber,
} from "./orders.server";

const num = (name: string) => name.replace(/^#/, "");

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

describe("matching helpers", () => {
  it("normalises order numbers and refuses search syntax", () => {
    expect(normalizeOrderNumber(" #1001 ")).toBe("1001");
    expect(safeOrderNumber("#1001-A")).toBe("1001-a");
    expect(safeOrderNumber("1001 OR email:*")).toBeNull();
  });

  it("compares emails case-insensitively and phones by digits", () => {
    expect(emailsMatch(" Maya.Chen@Example.com", "maya.chen@example.com")).toBe(true);
    expect(emailsMatch("maya.chen@example.com", "maya.chen@example.co")).toBe(false);
    expect(phonesMatch("+1 503-555-0142", "(503) 555 0142")).toBe(true);
    expect(phonesMatch("+1 503-555-0142", "503 555 0143")).toBe(false);
    expect(phonesMatch("0142", "0142")).toBe(false);
  });
});

describe("findOrderForShopper", () => {
  it("finds a guest's order with the order number and the order's email in any case", async () => {
    const seed = SEED_ORDERS.inTransit;
    const result = await findOrderForShopper(admin, { orderNumber: seed.name, email: seed.email.toUpperCase() });
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.order.id).toBe(seed.id);
    expect(result.verifiedBy).toBe("email");
    expect(result.order.fulfillments[0].tracking[0].number).toBe(seed.tracking.number);
    expect(result.order.fulfillments[0].state).toBe("in_transit");
  });

  it("finds a guest-checkout order (no customer record) by its email", async () => {
    const seed = SEED_ORDERS.guest;
    const result = await findOrderForShopper(admin, { orderNumber: num(seed.name), email: seed.email });
    expect(result.kind === "found" && result.order.id).toBe(seed.id);
  });

  it("returns not_verified and nothing else when the email doesn't match", async () => {
    const seed = SEED_ORDERS.inTransit;
    const result = await findOrderForShopper(admin, { orderNumber: seed.name, email: SEED_ORDERS.outForDelivery.email });
    expect(result).toEqual({ kind: "not_verified", orderNumber: num(seed.name) });
  });

  it("asks a guest for the email before looking anything up", async () => {
    expect(await findOrderForShopper(admin, { orderNumber: SEED_ORDERS.inTransit.name })).toEqual({ kind: "need", missing: ["email"] });
    expect(await findOrderForShopper(admin, {})).toEqual({ kind: "need", missing: ["order_number", "email"] });
  });

  it("gives a logged-in shopper their latest order without a number", async () => {
    const customer = SEED_CUSTOMERS.repeat;
    const visible = Object.values(SEED_ORDERS)
      .filter((o) => o.customerId === customer.id && o.createdDaysAgo < 60)
      .sort((a, b) => a.createdDaysAgo - b.createdDaysAgo);
    const result = await findOrderForShopper(admin, { customerId: customer.id.split("/").pop() });
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.order.name).toBe(visible[0].name);
    expect(result.verifiedBy).toBe("customer_account");
    expect(result.otherRecentOrders.map((o) => o.name)).toEqual(visible.slice(1, 3).map((o) => o.name));
  });

  it("doesn't let a logged-in shopper read someone else's order by number", async () => {
    const result = await findOrderForShopper(admin, { customerId: SEED_CUSTOMERS.repeat.id, orderNumber: SEED_ORDERS.outForDelivery.name });
    expect(result.kind).toBe("not_verified");
  });

  it("lets a logged-in shopper ask about their own order by number", async () => {
    const result = await findOrderForShopper(admin, { customerId: SEED_CUSTOMERS.vip.id, orderNumber: SEED_ORDERS.outForDelivery.name });
    expect(result.kind === "found" && result.order.id).toBe(SEED_ORDERS.outForDelivery.id);
  });

  it("tells an order older than the 60-day window apart from one that doesn't exist", async () => {
    const old = SEED_ORDERS.olderThan60Days;
    expect(await findOrderForShopper(admin, { orderNumber: old.name, email: old.email })).toEqual({
      kind: "not_found_maybe_old",
      orderNumber: num(old.name),
      windowDays: 60,
    });
    const missing = await findOrderForShopper(admin, { orderNumber: "99999", email: old.email });
    expect(missing).toEqual({ kind: "not_found", orderNumber: "99999" });
  });

  it("finds the old order when the app has read_all_orders", async () => {
    configureSimulatedShop(TEST_SHOP, { scopes: [...DEFAULT_SIMULATED_SCOPES, "read_all_orders"] });
    const old = SEED_ORDERS.olderThan60Days;
    const result = await findOrderForShopper(admin, { orderNumber: old.name, email: old.email });
    expect(result.kind === "found" && result.order.id).toBe(old.id);
  });

  it("reports unshipped items and partial fulfillment", async () => {
    const seed = SEED_ORDERS.partiallyFulfilled;
    const result = await findOrderForShopper(admin, { orderNumber: seed.name, email: seed.email });
    if (result.kind !== "found") throw new Error(result.kind);
    const backordered = result.order.lineItems.find((li) => li.sku === seed.backorderedSku);
    expect(backordered?.unfulfilledQuantity).toBeGreaterThan(0);
    expect(result.order.fulfillmentStatus).toBe(seed.displayFulfillmentStatus);
  });

  it("lists recent orders only for that customer", async () => {
    const { orders, lifetimeOrderCount } = await listRecentOrdersForCustomer(admin, SEED_CUSTOMERS.vip.id);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.customerId === SEED_CUSTOMERS.vip.id)).toBe(true);
    expect(lifetimeOrderCount).toBeGreaterThanOrEqual(orders.length);
  });
});
