// Composer edge cases the seed doesn't cover.
import { describe, expect, it } from "vitest";
import type { OrderFacts } from "../shop-data/types";
import { withPersonHint } from "./common";
import { t } from "./messages";
import { orderStatusAnswer } from "./order-status";
import { returnPolicyAnswer, summarisePolicy } from "./policies";

const order = (overrides: Partial<OrderFacts> = {}): OrderFacts => ({
  id: "gid://shopify/Order/1",
  name: "#1",
  email: null,
  phone: null,
  customerId: null,
  createdAt: "2026-11-01T12:00:00Z",
  processedAt: null,
  cancelledAt: null,
  cancelReason: null,
  closed: false,
  financialStatus: "PAID",
  fulfillmentStatus: "FULFILLED",
  returnStatus: null,
  total: null,
  totalRefunded: null,
  riskRecommendation: null,
  lineItems: [],
  fulfillments: [],
  returns: [],
  ...overrides,
});

describe("summarisePolicy", () => {
  it("keeps whole sentences within the limit", () => {
    const text = "First sentence here. Second one follows! Third is long enough to be cut off by the limit.";
    expect(summarisePolicy(text, 45)).toBe("First sentence here. Second one follows!");
  });
  it("truncates a single overlong sentence with an ellipsis", () => {
    expect(summarisePolicy("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("orderStatusAnswer", () => {
  it("handles tracking without a carrier name and shows no estimate after delivery", () => {
    const a = orderStatusAnswer(
      order({
        fulfillments: [
          {
            id: "f1",
            state: "delivered",
            displayStatus: "DELIVERED",
            status: "SUCCESS",
            createdAt: "2026-11-02T00:00:00Z",
            inTransitAt: null,
            estimatedDeliveryAt: "2026-11-04T00:00:00Z",
            deliveredAt: "2026-11-04T10:00:00Z",
            tracking: [{ company: null, number: "TRK1", url: null }],
          },
        ],
      }),
      { language: "en", timeZone: "UTC" },
    );
    expect(a.text).toContain("tracking number TRK1");
    expect(a.text).not.toMatch(/^,/m);
    expect(a.text).toContain(t("en", "status_delivered_on", { date: "November 4, 2026" }));
    expect(a.text).not.toContain("Estimated delivery");
  });

  it("reports an order on hold", () => {
    const a = orderStatusAnswer(order({ fulfillmentStatus: "ON_HOLD" }), { language: "en" });
    expect(a.text).toContain(t("en", "order_on_hold"));
  });
});

describe("policy answers", () => {
  it("hands off when there is neither a policy nor a return window", () => {
    expect(returnPolicyAnswer(null, 0, { language: "en" }).handoff).toEqual({ reason: "policy_missing" });
    const withWindow = returnPolicyAnswer(null, 14, { language: "en" });
    expect(withWindow.handoff).toBeUndefined();
    expect(withWindow.text).toBe(t("en", "return_window_setting", { days: 14 }));
  });
});

describe("withPersonHint", () => {
  it("adds the hint to answers but not to handoffs", () => {
    expect(withPersonHint({ text: "x", facts: {} }, "es").text).toContain(t("es", "talk_to_person"));
    expect(withPersonHint({ text: "x", facts: {}, handoff: { reason: "person_must_act" } }, "es").text).toBe("x");
  });
});
