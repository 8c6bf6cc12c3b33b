// Where support bots usually fail: delivery problems, refund status, which order a signed-in shopper means.
// Real answers against the simulated shop (real Admin schema, seeded orders).
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_CUSTOMERS, SEED_ORDERS, SEED_SHOP } from "~/simulated-shop/seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import type { Intent, Language } from "../understanding/types";
import { answerFor, type AnswerContext } from "./answer-for.server";
import { shouldOfferPerson } from "./common";
import { t } from "./messages";

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

const ctx = (over: Partial<AnswerContext> = {}): AnswerContext => ({
  admin,
  shop: TEST_SHOP,
  language: "en",
  settings: { ...DEFAULT_SETTINGS },
  timeZone: SEED_SHOP.ianaTimezone,
  ...over,
});
const num = (name: string) => name.replace(/^#/, "");
const ask = (intent: Intent, text: string, orderName?: string, email?: string) => ({
  intent,
  text,
  entities: { orderNumbers: orderName ? [num(orderName)] : [], emails: email ? [email] : [], products: [] },
});
const MAYA = SEED_CUSTOMERS.repeat.id; // #1001 unfulfilled (newest), #1003 in transit, #1005 delivered

describe("delivery problems go to a person with the facts attached", () => {
  it("a guest's 'says delivered but I never got it' read as order status is handed off, never 'delivered on'", async () => {
    const o = SEED_ORDERS.delivered;
    const out = await answerFor(ask("order_status", "tracking says delivered but I never got it", o.name, o.email), ctx());
    expect(out.kind).toBe("handoff");
    if (out.kind !== "handoff") return;
    expect(out.reason).toBe("delivery_problem");
    expect(out.answer.text).not.toMatch(/delivered on/i);
    expect(out.answer.text).toContain(o.name);
    const facts = out.answer.facts as { orderName: string; shipments: Array<{ carrierStatus: string; deliveredAt: string | null; tracking: unknown[] }>; problem: { kind: string; cue: string } };
    expect(facts.orderName).toBe(o.name);
    expect(facts.shipments[0].carrierStatus).toBe("DELIVERED");
    expect(facts.shipments[0].deliveredAt).toBeTruthy();
    expect(facts.shipments[0].tracking).toHaveLength(1);
    expect(facts.problem.kind).toBe("not_received");
  });

  it("'I never got it' about an order still in transit is an ordinary status answer", async () => {
    const o = SEED_ORDERS.inTransit;
    const out = await answerFor(ask("order_status", "I still haven't received my order", o.name, o.email), ctx());
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toContain(t("en", "status_in_transit"));
  });

  it.each([
    ["en", "my parcel was stolen from the porch"],
    ["es", "me han robado el paquete de la puerta"],
    ["fr", "on m'a volé mon colis devant la porte"],
    ["de", "mein Paket wurde vor der Tür gestohlen"],
  ] as Array<[Language, string]>)("a signed-in shopper's delivery problem (%s) picks the delivered order, not the newer unshipped one", async (language, text) => {
    const out = await answerFor(ask("delivery_problem", text), ctx({ language, loggedInCustomerId: MAYA }));
    expect(out.kind).toBe("handoff");
    expect(out.answer.facts.orderName).toBe(SEED_ORDERS.delivered.name);
    expect(out.answer.text).toBe(t(language, "delivery_problem_handoff", { orderName: SEED_ORDERS.delivered.name }));
    expect((out.answer.facts.problem as { kind: string }).kind).toBe("stolen");
  });

  it("a guest with no verified order still goes straight to a person (no questions first)", async () => {
    const out = await answerFor(ask("delivery_problem", "tracking hasn't moved in 9 days"), ctx());
    expect(out.kind).toBe("handoff");
    expect(out.answer.text).toBe(t("en", "delivery_problem_handoff_no_order"));
    expect(out.answer.facts.orderId).toBeNull();
  });

  it("a guest with the wrong email gets no order facts attached", async () => {
    const o = SEED_ORDERS.delivered;
    const out = await answerFor(ask("delivery_problem", "it says delivered but nothing here", o.name, "someone@else.example"), ctx());
    expect(out.kind).toBe("handoff");
    expect(out.answer.facts.orderId).toBeNull();
    expect(JSON.stringify(out.answer.facts)).not.toContain("FedEx");
  });
});

describe("refund status", () => {
  it("a cancelled and refunded order is explained as such: cancellation, amount, date, card, bank delay", async () => {
    const o = SEED_ORDERS.cancelled;
    const out = await answerFor(ask("refund_status", "has my refund gone through?", o.name, o.email), ctx());
    expect(out.kind).toBe("answer");
    const text = out.answer.text;
    expect(text).not.toMatch(/nothing to return/);
    expect(text).toMatch(/cancelled on/);
    expect(text).toMatch(/refunded on .* to your Visa card ending 4242/);
    expect(text).toMatch(/\$\d/);
    const facts = out.answer.facts as { refunds: unknown[]; bankDelayFrom: string };
    expect(facts.refunds).toHaveLength(1);
    expect(["refund_policy", "neutral_statement"]).toContain(facts.bankDelayFrom);
  });

  it.each(["es", "fr", "de"] as Language[])("answers in %s with that language's bank-delay sentence, not the English policy", async (language) => {
    const o = SEED_ORDERS.cancelled;
    const out = await answerFor(ask("refund_status", "refund?", o.name, o.email), ctx({ language }));
    expect(out.answer.text).toContain(t(language, "refund_bank_delay"));
  });

  it("an order without a refund says so and offers a person once", async () => {
    const o = SEED_ORDERS.delivered;
    const out = await answerFor(ask("refund_status", "where is my refund", o.name, o.email), ctx());
    expect(out.answer.text).toContain(t("en", "refund_none", { orderName: o.name }));
    expect(out.answer.text.split(t("en", "talk_to_person")).length).toBe(1);
  });

  it("needs proof of ownership first", async () => {
    const o = SEED_ORDERS.cancelled;
    const out = await answerFor(ask("refund_status", "did you refund me", o.name, "wrong@example.com"), ctx());
    expect(out.answer.facts.kind).toBe("not_verified");
    expect(out.answer.text).not.toMatch(/refunded/);
  });

  it("a signed-in shopper without an order number gets their refunded order, not the newest one", async () => {
    const out = await answerFor(ask("refund_status", "was my money returned?"), ctx({ loggedInCustomerId: SEED_CUSTOMERS.regular.id }));
    expect(out.answer.facts.orderName).toBe(SEED_ORDERS.cancelled.name);
  });
});

describe("which order and when to offer a person", () => {
  it("a signed-in 'return my last order' picks the latest delivered order, not the unshipped one, and lists the others", async () => {
    const out = await answerFor(ask("return_request", "I want to return my last order"), ctx({ loggedInCustomerId: MAYA }));
    expect(out.answer.facts.orderName).toBe(SEED_ORDERS.delivered.name);
    expect((out.answer.facts.proposedAction as { orderId: string }).orderId).toBe(SEED_ORDERS.delivered.id);
    // The unshipped newer order is only named as another order the shopper may have meant.
    const others = out.answer.text.split("\n").find((l) => l.includes(SEED_ORDERS.unfulfilledPaid.name))!;
    expect(others).toContain(t("en", "return_other_orders", { orders: "" }).split(":")[0]);
    expect(out.answer.facts.otherOrders).toEqual(expect.arrayContaining([SEED_ORDERS.unfulfilledPaid.name, SEED_ORDERS.inTransit.name]));
  });

  it("offers a person only when told to", async () => {
    const o = SEED_ORDERS.inTransit;
    const plain = await answerFor(ask("order_status", "where is my order", o.name, o.email), ctx({ offerPerson: false }));
    expect(plain.answer.text).not.toContain(t("en", "talk_to_person"));
    const offered = await answerFor(ask("order_status", "where is my order", o.name, o.email), ctx({ offerPerson: true }));
    expect(offered.answer.text).toContain(t("en", "talk_to_person"));
  });

  it("shouldOfferPerson: first answer, after a failure or a negative signal, not otherwise", () => {
    expect(shouldOfferPerson({ isFirstAnswer: true })).toBe(true);
    expect(shouldOfferPerson({ isFirstAnswer: false })).toBe(false);
    expect(shouldOfferPerson({ isFirstAnswer: false, botFailures: 1 })).toBe(true);
    expect(shouldOfferPerson({ isFirstAnswer: false, sentiment: { label: "negative" } })).toBe(true);
    expect(shouldOfferPerson({ isFirstAnswer: false, previousAnswerFailed: true })).toBe(true);
  });
});
