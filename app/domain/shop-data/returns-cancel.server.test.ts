import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, SEED_ORDERS } from "~/simulated-shop/seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import type { AdminGraphql } from "./admin-api.server";
import { cancelOrder, getCancelEligibility, getChangeEligibility } from "./order-actions.server";
import { getOrderById } from "./orders.server";
import { createReturnRequest, getReturnEligibility, listOrderReturns } from "./returns.server";
import type { OrderFacts } from "./types";

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

async function order(id: string): Promise<OrderFacts> {
  const o = await getOrderById(admin, id);
  if (!o) throw new Error(`order ${id} not visible`);
  return o;
}

describe("getReturnEligibility", () => {
  it("lists a delivered order's items as returnable until the end of the window", async () => {
    const o = await order(SEED_ORDERS.delivered.id);
    const e = await getReturnEligibility(admin, o, { returnWindowDays: 30 });
    expect(e.eligible).toBe(true);
    expect(e.items.length).toBe(o.lineItems.length);
    const delivered = o.fulfillments[0].deliveredAt!;
    expect(e.items[0].returnBy).toBe(new Date(Date.parse(delivered) + 30 * DAY_MS).toISOString());
  });

  it("closes the window after returnWindowDays", async () => {
    const o = await order(SEED_ORDERS.delivered.id);
    const e = await getReturnEligibility(admin, o, { returnWindowDays: SEED_ORDERS.delivered.deliveredDaysAgo - 1 });
    expect(e).toMatchObject({ eligible: false, reason: "window_closed" });
    expect(e.otherItems.length).toBeGreaterThan(0);
  });

  it("explains unshipped, cancelled, in-transit and already refunded orders", async () => {
    const policy = { returnWindowDays: 30 };
    expect((await getReturnEligibility(admin, await order(SEED_ORDERS.unfulfilledPaid.id), policy)).reason).toBe("not_fulfilled");
    expect((await getReturnEligibility(admin, await order(SEED_ORDERS.cancelled.id), policy)).reason).toBe("cancelled");
    expect((await getReturnEligibility(admin, await order(SEED_ORDERS.inTransit.id), policy)).reason).toBe("not_delivered");
    expect((await getReturnEligibility(admin, await order(SEED_ORDERS.refunded.id), policy)).reason).toBe("nothing_returnable");
  });
});

describe("createReturnRequest", () => {
  it("creates a REQUESTED return that a later query sees, and the items stop being returnable", async () => {
    const o = await order(SEED_ORDERS.delivered.id);
    const before = await getReturnEligibility(admin, o, { returnWindowDays: 30 });
    const item = before.items[0];
    const created = await createReturnRequest(admin, {
      orderId: o.id,
      items: [{ fulfillmentLineItemId: item.fulfillmentLineItemId, quantity: item.quantity }],
      note: "Too small",
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.return.status).toBe("REQUESTED");
    const returns = await listOrderReturns(admin, o.id);
    expect(returns.map((r) => r.id)).toContain(created.return.id);
    const after = await getReturnEligibility(admin, await order(o.id), { returnWindowDays: 30 });
    expect(after.items.find((i) => i.fulfillmentLineItemId === item.fulfillmentLineItemId)).toBeUndefined();
  });

  it("surfaces Shopify's userErrors instead of throwing", async () => {
    const o = await order(SEED_ORDERS.delivered.id);
    const e = await getReturnEligibility(admin, o, { returnWindowDays: 30 });
    const result = await createReturnRequest(admin, {
      orderId: o.id,
      items: [{ fulfillmentLineItemId: e.items[0].fulfillmentLineItemId, quantity: e.items[0].quantity + 5 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.userErrors[0].message).toBeTruthy();
  });
});

describe("cancel and change", () => {
  it("lets only a person cancel unless the merchant opted in", async () => {
    const o = await order(SEED_ORDERS.unfulfilledPaid.id);
    expect(getCancelEligibility(o, { allowBotCancellation: false })).toMatchObject({ cancellable: true, botMayCancel: false });
    expect(getCancelEligibility(o, { allowBotCancellation: true })).toMatchObject({ cancellable: true, botMayCancel: true, blockers: [] });
    const result = await cancelOrder(admin, o, { allowBotCancellation: false });
    expect(result).toMatchObject({ kind: "not_allowed", blockers: ["bot_cancellation_disabled"] });
    expect((await order(o.id)).cancelledAt).toBeNull();
  });

  it("cancels an unfulfilled paid order when allowed", async () => {
    const o = await order(SEED_ORDERS.unfulfilledPaid.id);
    const result = await cancelOrder(admin, o, { allowBotCancellation: true });
    expect(result.kind).toBe("cancelled");
    expect((await order(o.id)).cancelledAt).not.toBeNull();
  });

  it("never cancels shipped or refunded orders", async () => {
    const shipped = await order(SEED_ORDERS.inTransit.id);
    expect(getCancelEligibility(shipped, { allowBotCancellation: true }).blockers).toContain("fulfilled");
    expect(await cancelOrder(admin, shipped, { allowBotCancellation: true })).toMatchObject({ kind: "not_allowed" });
    const cancelled = await order(SEED_ORDERS.cancelled.id);
    expect(getCancelEligibility(cancelled, { allowBotCancellation: true }).blockers).toContain("already_cancelled");
  });

  it("treats refunds and risky orders as person-only", () => {
    const base: OrderFacts = {
      id: "gid://shopify/Order/1", name: "#1", email: null, phone: null, customerId: null, createdAt: new Date().toISOString(),
      processedAt: null, cancelledAt: null, cancelReason: null, closed: false, financialStatus: "PARTIALLY_REFUNDED",
      fulfillmentStatus: "UNFULFILLED", returnStatus: null, total: null, totalRefunded: { amount: 5, currencyCode: "USD" },
      riskRecommendation: "ACCEPT", lineItems: [], fulfillments: [], returns: [],
    };
    expect(getCancelEligibility(base, { allowBotCancellation: true })).toMatchObject({ cancellable: true, botMayCancel: false, blockers: ["refunded"] });
    const risky = { ...base, financialStatus: "PAID", totalRefunded: null, riskRecommendation: "CANCEL" };
    expect(getCancelEligibility(risky, { allowBotCancellation: true }).blockers).toEqual(["risk"]);
  });

  it("reports whether an order can still be changed", async () => {
    expect(getChangeEligibility(await order(SEED_ORDERS.unfulfilledPaid.id))).toEqual({ changeable: true, blockers: [] });
    expect(getChangeEligibility(await order(SEED_ORDERS.outForDelivery.id)).blockers).toEqual(["fulfilled"]);
  });
});
