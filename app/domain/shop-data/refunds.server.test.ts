import { describe, expect, it } from "vitest";
import { createSimulatedAdmin } from "~/simulated-shop/test-admin.server";
import { SEED_ORDERS } from "~/simulated-shop/seed.server";
import { getOrderRefunds } from "./refunds.server";

describe("getOrderRefunds (simulated shop, real schema)", () => {
  it("reads a cancelled order's refund: amount, date and the card it went back to", async () => {
    const admin = await createSimulatedAdmin();
    const refunds = await getOrderRefunds(admin, SEED_ORDERS.cancelled.id);
    expect(refunds).toHaveLength(1);
    expect(refunds[0].amount.amount).toBeGreaterThan(0);
    expect(refunds[0].payments).toEqual([
      expect.objectContaining({ gateway: "Shopify Payments", cardBrand: "Visa", cardLast4: "4242" }),
    ]);
    expect(Date.parse(refunds[0].processedAt)).toBeLessThan(Date.now());
    expect(refunds[0].pending).toBe(false);
  });

  it("an order without refunds has none", async () => {
    const admin = await createSimulatedAdmin();
    expect(await getOrderRefunds(admin, SEED_ORDERS.delivered.id)).toEqual([]);
  });
});
