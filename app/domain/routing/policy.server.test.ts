import { afterEach, describe, expect, it, vi } from "vitest";
import { INTENTS, type Intent, type Understanding } from "../understanding/types";
import { zonedWallTimeToUtc } from "./business-hours";
import { holdoutBucket, isHeldOut } from "./holdout";
import {
  ALWAYS_HUMAN_REASON_CODES,
  CALLER_REASON_CODES,
  SENSITIVE_INTENTS,
  describeDecision,
  isAutomatable,
  route,
} from "./policy.server";
import { DEFAULT_SETTINGS, parseShopSettings, type ShopSettingsInput } from "./settings";
import {
  REASON_CODES,
  type ConversationHistory,
  type CustomerProfile,
  type ReasonCode,
  type RoutingDecision,
  type RoutingInput,
} from "./types";

// Tuesday 2026-11-24 10:00 in New York (EST): inside the default business hours.
const TUESDAY_10AM_NY = new Date("2026-11-24T15:00:00Z");

function understanding(over: Partial<Understanding> = {}): Understanding {
  return {
    text: "where is my order",
    language: "en",
    intent: "order_status",
    confidence: 0.92,
    runnerUp: { intent: "shipping_info", confidence: 0.05 },
    sentiment: { label: "neutral", score: 0 },
    urgency: { urgent: false, cues: [] },
    entities: { orderNumbers: [], emails: [], products: [] },
    ...over,
  };
}

const KNOWN_CUSTOMER: CustomerProfile = {
  customerId: "gid://shopify/Customer/1",
  tags: [],
  amountSpent: 120,
  numberOfOrders: 2,
  segmentIds: [],
};

// A conversation id known (by computation, not by hard-coding) to be inside / outside a 20% holdout.
function conversationIdInBucket(predicate: (bucket: number) => boolean): string {
  for (let i = 0; ; i++) {
    const id = `conv-${i}`;
    if (predicate(holdoutBucket(id))) return id;
  }
}
const NOT_HELD_OUT = conversationIdInBucket((b) => b >= 50);
const HELD_OUT_AT_20 = conversationIdInBucket((b) => b < 20);

interface Overrides {
  u?: Partial<Understanding>;
  customer?: CustomerProfile | null;
  history?: Partial<ConversationHistory>;
  settings?: ShopSettingsInput;
  now?: Date;
  orderValue?: number;
}

function input(o: Overrides = {}): RoutingInput {
  return {
    understanding: understanding(o.u),
    customer: o.customer === undefined ? KNOWN_CUSTOMER : o.customer,
    history: {
      conversationId: NOT_HELD_OUT,
      clarificationsAsked: 0,
      botFailures: 0,
      humanOwnsConversation: false,
      previousIntents: [],
      ...o.history,
    },
    settings: o.settings ? parseShopSettings(o.settings) : DEFAULT_SETTINGS,
    now: o.now ?? TUESDAY_10AM_NY,
    ...(o.orderValue !== undefined ? { orderValue: o.orderValue } : {}),
  };
}

const codes = (d: RoutingDecision) => d.reasons.map((r) => r.code);

interface Case {
  name: string;
  given: Overrides;
  kind: RoutingDecision["kind"];
  reasons: ReasonCode[];
  detail?: string;
}

const VIP: CustomerProfile = { ...KNOWN_CUSTOMER, tags: ["vip"] };

const CASES: Case[] = [
  { name: "routine intent, confident", given: {}, kind: "automate", reasons: ["intent_automated"] },
  {
    name: "human owns the conversation",
    given: { history: { humanOwnsConversation: true } },
    kind: "handoff",
    reasons: ["human_owns_conversation"],
  },
  {
    name: "shopper asks for a person",
    given: { u: { intent: "human_agent" } },
    kind: "handoff",
    reasons: ["shopper_asked_for_human"],
  },
  {
    name: "shopper asks for a person although the merchant automates human_agent",
    given: { u: { intent: "human_agent" }, settings: { intents: { human_agent: "automate" } } },
    kind: "handoff",
    reasons: ["shopper_asked_for_human"],
  },
  {
    name: "shopper probably asks for a person (low confidence)",
    given: { u: { intent: "human_agent", confidence: 0.3 } },
    kind: "handoff",
    reasons: ["shopper_asked_for_human"],
  },
  {
    name: "delivery problem names the cue that matched",
    given: { u: { intent: "delivery_problem", confidence: 0.85, deliveryProblem: { kind: "not_received", cue: "says delivered but" } } },
    kind: "handoff",
    reasons: ["delivery_problem"],
    detail: 'not received, cue "says delivered but"',
  },
  {
    name: "delivery problem goes to a person even if the merchant automates it and the model is unsure",
    given: { u: { intent: "delivery_problem", confidence: 0.3 }, settings: { intents: { delivery_problem: "automate" } } },
    kind: "handoff",
    reasons: ["delivery_problem"],
    detail: "recognised by the intent model",
  },
  {
    name: "urgent delivery problem",
    given: { u: { intent: "delivery_problem", urgency: { urgent: true, cues: ["for my wedding"] }, deliveryProblem: { kind: "stuck", cue: "stuck" } } },
    kind: "handoff",
    reasons: ["delivery_problem", "urgent_problem"],
    detail: 'urgent ("for my wedding")',
  },
  {
    name: "urgent, late order (problem words on an automated intent)",
    given: { u: { intent: "order_status", urgency: { urgent: true, cues: ["tomorrow"] }, problemCue: "late" } },
    kind: "handoff",
    reasons: ["urgent_problem"],
    detail: 'about a problem ("late")',
  },
  {
    name: "urgent routine question is answered and flagged",
    given: { u: { intent: "order_status", urgency: { urgent: true, cues: ["by friday"] }, problemCue: null } },
    kind: "automate",
    reasons: ["intent_automated", "urgency_noted"],
    detail: 'urgent ("by friday") on a routine question',
  },
  {
    name: "urgent problem with the urgency setting off is answered and flagged",
    given: { u: { intent: "order_status", urgency: { urgent: true, cues: ["tomorrow"] }, problemCue: "late" }, settings: { urgentProblemsToPerson: false } },
    kind: "automate",
    reasons: ["intent_automated", "urgency_noted"],
    detail: "urgent problems are not set to go to a person",
  },
  {
    name: "complaint",
    given: { u: { intent: "complaint" } },
    kind: "handoff",
    reasons: ["sensitive_intent"],
    detail: "complaint is a sensitive topic",
  },
  {
    name: "damaged item, even at low confidence",
    given: { u: { intent: "damaged_or_wrong_item", confidence: 0.2 } },
    kind: "handoff",
    reasons: ["sensitive_intent"],
  },
  {
    name: "complaint explicitly automated by the merchant",
    given: { u: { intent: "complaint" }, settings: { intents: { complaint: "automate" } } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "intent the merchant sends to a person",
    given: { u: { intent: "cancel_order" } },
    kind: "handoff",
    reasons: ["intent_sent_to_human"],
    detail: "cancel order is set to go to a person",
  },
  {
    name: "routine intent switched to human by the merchant",
    given: { settings: { intents: { order_status: "human" } } },
    kind: "handoff",
    reasons: ["intent_sent_to_human"],
  },
  {
    name: "human intent at low confidence: clarify before paging staff",
    given: { u: { intent: "cancel_order", confidence: 0.4 } },
    kind: "clarify",
    reasons: ["low_confidence_clarify"],
  },
  {
    name: "discount question automated by the merchant",
    given: { u: { intent: "discount_question" }, settings: { intents: { discount_question: "automate" } } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "customer in a chosen segment",
    given: {
      customer: { ...KNOWN_CUSTOMER, segmentIds: ["seg-1", "seg-wholesale"] },
      settings: { alwaysHuman: { segmentIds: ["seg-wholesale"] } },
    },
    kind: "handoff",
    reasons: ["customer_segment"],
    detail: "segment seg-wholesale",
  },
  {
    name: "customer tag matches case-insensitively",
    given: { customer: VIP },
    kind: "handoff",
    reasons: ["customer_tag"],
    detail: "tagged vip",
  },
  {
    name: "lifetime spend over the line",
    given: {
      customer: { ...KNOWN_CUSTOMER, amountSpent: 5200 },
      settings: { alwaysHuman: { minLifetimeSpend: 1000 } },
    },
    kind: "handoff",
    reasons: ["lifetime_spend"],
    detail: "lifetime spend 5200.00 ≥ 1000.00",
  },
  {
    name: "lifetime spend exactly at the line",
    given: {
      customer: { ...KNOWN_CUSTOMER, amountSpent: 1000 },
      settings: { alwaysHuman: { minLifetimeSpend: 1000 } },
    },
    kind: "handoff",
    reasons: ["lifetime_spend"],
  },
  {
    name: "lifetime spend just under the line",
    given: {
      customer: { ...KNOWN_CUSTOMER, amountSpent: 999.99 },
      settings: { alwaysHuman: { minLifetimeSpend: 1000 } },
    },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "many orders",
    given: {
      customer: { ...KNOWN_CUSTOMER, numberOfOrders: 12 },
      settings: { alwaysHuman: { minOrderCount: 10 } },
    },
    kind: "handoff",
    reasons: ["order_count"],
    detail: "12 orders ≥ 10",
  },
  {
    name: "large order, guest shopper",
    given: { customer: null, orderValue: 750, settings: { alwaysHuman: { minOrderValue: 500 } } },
    kind: "handoff",
    reasons: ["order_value"],
    detail: "order value 750.00 ≥ 500.00",
  },
  {
    name: "order value rule with no known order",
    given: { settings: { alwaysHuman: { minOrderValue: 500 } } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "strongly negative",
    given: { u: { sentiment: { label: "negative", score: -0.8 } } },
    kind: "handoff",
    reasons: ["negative_sentiment"],
    detail: "sentiment -0.80 ≤ -0.50",
  },
  {
    name: "negative exactly at the threshold",
    given: { u: { sentiment: { label: "negative", score: -0.5 } } },
    kind: "handoff",
    reasons: ["negative_sentiment"],
  },
  {
    name: "mildly negative",
    given: { u: { sentiment: { label: "negative", score: -0.49 } } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "bot failed twice",
    given: { history: { botFailures: 2 } },
    kind: "handoff",
    reasons: ["bot_failed_twice"],
  },
  {
    name: "bot failed once",
    given: { history: { botFailures: 1 } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "low confidence, first time",
    given: { u: { confidence: 0.45 } },
    kind: "clarify",
    reasons: ["low_confidence_clarify"],
    detail: "confidence 0.45 < 0.60 for order status (runner-up shipping info 0.05)",
  },
  {
    name: "unreadable confidence counts as low",
    given: { u: { confidence: Number.NaN } },
    kind: "clarify",
    reasons: ["low_confidence_clarify"],
  },
  {
    name: "confidence exactly at the threshold",
    given: { u: { confidence: 0.6 } },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "low confidence after a clarifying question",
    given: { u: { confidence: 0.45 }, history: { clarificationsAsked: 1 } },
    kind: "handoff",
    reasons: ["low_confidence_handoff"],
    detail: "after 1 clarifying question",
  },
  {
    name: "low confidence, first time, but a VIP: straight to a person",
    given: { u: { confidence: 0.3 }, customer: VIP },
    kind: "handoff",
    reasons: ["customer_tag"],
  },
  {
    name: "held out",
    given: { history: { conversationId: HELD_OUT_AT_20 }, settings: { holdoutPercent: 20 } },
    kind: "handoff",
    reasons: ["holdout"],
    detail: "20% holdout",
  },
  {
    name: "holdout does not add to a handoff that happens anyway",
    given: {
      u: { intent: "cancel_order" },
      history: { conversationId: HELD_OUT_AT_20 },
      settings: { holdoutPercent: 20 },
    },
    kind: "handoff",
    reasons: ["intent_sent_to_human"],
  },
  {
    name: "holdout does not replace a clarifying question",
    given: {
      u: { confidence: 0.3 },
      history: { conversationId: HELD_OUT_AT_20 },
      settings: { holdoutPercent: 20 },
    },
    kind: "clarify",
    reasons: ["low_confidence_clarify"],
  },
  {
    name: "handoff on a Saturday",
    given: { u: { intent: "complaint" }, now: new Date("2026-11-28T15:00:00Z") },
    kind: "handoff",
    reasons: ["sensitive_intent", "outside_business_hours"],
    detail: "Saturday 10:00 in America/New_York is outside business hours",
  },
  {
    name: "automation is unaffected by business hours",
    given: { now: new Date("2026-11-28T15:00:00Z") },
    kind: "automate",
    reasons: ["intent_automated"],
  },
  {
    name: "everything at once, in a stable order",
    given: {
      u: { intent: "complaint", confidence: 0.3, sentiment: { label: "negative", score: -0.9 } },
      customer: {
        customerId: "gid://shopify/Customer/9",
        tags: ["VIP", "Wholesale"],
        amountSpent: 5200,
        numberOfOrders: 40,
        segmentIds: ["seg-top"],
      },
      orderValue: 900,
      history: { humanOwnsConversation: true, botFailures: 3, clarificationsAsked: 2 },
      settings: {
        alwaysHuman: {
          segmentIds: ["seg-top"],
          minLifetimeSpend: 1000,
          minOrderCount: 10,
          minOrderValue: 500,
        },
      },
      now: new Date("2026-11-24T03:00:00Z"),
    },
    kind: "handoff",
    reasons: [
      "human_owns_conversation",
      "sensitive_intent",
      "customer_segment",
      "customer_tag",
      "lifetime_spend",
      "order_count",
      "order_value",
      "negative_sentiment",
      "bot_failed_twice",
      "low_confidence_handoff",
      "outside_business_hours",
    ],
  },
];

describe("route: reason table", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const decision = route(input(c.given));
    expect(decision.kind).toBe(c.kind);
    expect(codes(decision)).toEqual(c.reasons);
    expect(decision.intent).toBe(c.given.u?.intent ?? "order_status");
    if (c.detail) expect(decision.reasons.map((r) => r.detail).join(" | ")).toContain(c.detail);
    for (const r of decision.reasons) expect(r.detail.length).toBeGreaterThan(0);
  });

  it("covers every reason code the policy can emit", () => {
    const emitted = new Set(CASES.flatMap((c) => codes(route(input(c.given)))));
    const callerCodes: readonly string[] = CALLER_REASON_CODES;
    const policyCodes = REASON_CODES.filter((c) => !callerCodes.includes(c));
    expect(policyCodes.filter((c) => !emitted.has(c))).toEqual([]);
    // The caller's codes never come out of route().
    for (const code of CALLER_REASON_CODES) expect(emitted.has(code)).toBe(false);
  });

  it("asks only for a rephrase when clarifying", () => {
    expect(route(input({ u: { confidence: 0.2 } })).missing).toEqual(["rephrase"]);
  });

  it("exports the customer-rule reason codes", () => {
    expect([...ALWAYS_HUMAN_REASON_CODES].sort()).toEqual(
      ["customer_segment", "customer_tag", "lifetime_spend", "order_count", "order_value"].sort(),
    );
  });
});

describe("route: safe defaults", () => {
  const confidences = [0, 0.3, 0.59, 0.6, 0.99];
  const histories: Array<Partial<ConversationHistory>> = [
    { clarificationsAsked: 0 },
    { clarificationsAsked: 1 },
    { botFailures: 1 },
  ];

  it.each(["complaint", "damaged_or_wrong_item", "human_agent"] as const)(
    "never automates %s",
    (intent) => {
      for (const confidence of confidences) {
        for (const history of histories) {
          const d = route(input({ u: { intent, confidence }, history }));
          expect(d.kind, `${confidence} ${JSON.stringify(history)}`).not.toBe("automate");
        }
      }
    },
  );

  it("never automates a strongly negative message, whatever the intent", () => {
    for (const intent of INTENTS) {
      for (const confidence of confidences) {
        const d = route(input({ u: { intent, confidence, sentiment: { label: "negative", score: -0.7 } } }));
        expect(d.kind, `${intent} ${confidence}`).toBe("handoff");
        expect(codes(d)).toContain("negative_sentiment");
      }
    }
  });

  it("automates order status at high confidence", () => {
    const d = route(input({ u: { intent: "order_status", confidence: 0.95 } }));
    expect(d.kind).toBe("automate");
    expect(isAutomatable(d)).toBe(true);
  });

  it("hands every intent set to human to a person when confident", () => {
    const humanIntents = INTENTS.filter((i) => DEFAULT_SETTINGS.intents[i] === "human");
    expect(humanIntents.length).toBeGreaterThan(0);
    for (const intent of humanIntents) {
      expect(route(input({ u: { intent, confidence: 0.95 } })).kind, intent).toBe("handoff");
    }
  });

  it("treats the sensitive intents as sensitive", () => {
    expect([...SENSITIVE_INTENTS].sort()).toEqual(["complaint", "damaged_or_wrong_item"]);
  });
});

describe("route: business hours", () => {
  // Force a handoff so business hours apply.
  const handoffAt = (now: Date, settings?: ShopSettingsInput, customer?: CustomerProfile | null) =>
    route(input({ u: { intent: "complaint" }, now, settings, customer }));

  it.each([
    // [name, now, settings, expected next opening]
    ["Friday 17:00 → Monday 09:00", "2026-11-20T22:00:00Z", undefined, "2026-11-23T14:00:00.000Z"],
    ["Friday 23:59 → Monday 09:00", "2026-11-21T04:59:00Z", undefined, "2026-11-23T14:00:00.000Z"],
    ["Sunday → Monday 09:00", "2026-11-22T18:00:00Z", undefined, "2026-11-23T14:00:00.000Z"],
    ["Monday 08:30 → same morning", "2026-11-23T13:30:00Z", undefined, "2026-11-23T14:00:00.000Z"],
    ["Tuesday 17:30 → Wednesday 09:00", "2026-11-24T22:30:00Z", undefined, "2026-11-25T14:00:00.000Z"],
    [
      "closed Wednesday → Thursday",
      "2026-11-25T15:00:00Z",
      {
        businessHours: {
          days: [null, ...Array(2).fill({ open: "09:00", close: "17:00" }), null, ...Array(2).fill({ open: "09:00", close: "17:00" }), null],
        },
      },
      "2026-11-26T14:00:00.000Z",
    ],
    [
      "only Mondays, Monday evening → next Monday",
      "2026-11-23T23:00:00Z",
      { businessHours: { days: [null, { open: "09:00", close: "17:00" }, null, null, null, null, null] } },
      "2026-11-30T14:00:00.000Z",
    ],
    // DST starts in New York on Sunday 2026-03-08: Monday 09:00 is then UTC-4.
    ["spring forward: Fri 18:00 EST → Mon 09:00 EDT", "2026-03-06T23:00:00Z", undefined, "2026-03-09T13:00:00.000Z"],
    // DST ends in New York on Sunday 2026-11-01: Monday 09:00 is then UTC-5.
    ["fall back: Fri 18:00 EDT → Mon 09:00 EST", "2026-10-30T22:00:00Z", undefined, "2026-11-02T14:00:00.000Z"],
    [
      "Europe/Berlin: Friday 18:00 CET → Monday 09:00 CET",
      "2026-11-20T17:00:00Z",
      { businessHours: { timezone: "Europe/Berlin" } },
      "2026-11-23T08:00:00.000Z",
    ],
    [
      "Europe/Berlin across its own DST change (29 March)",
      "2026-03-27T17:00:00Z",
      { businessHours: { timezone: "Europe/Berlin" } },
      "2026-03-30T07:00:00.000Z",
    ],
    [
      "Asia/Kolkata half-hour offset",
      "2026-11-24T12:00:00Z",
      { businessHours: { timezone: "Asia/Kolkata" } },
      "2026-11-25T03:30:00.000Z",
    ],
  ] as const)("%s", (_name, now, settings, expected) => {
    const d = handoffAt(new Date(now), settings as ShopSettingsInput | undefined);
    expect(codes(d)).toContain("outside_business_hours");
    expect(d.nextHumanAvailableAt).toBe(expected);
    expect(new Date(d.nextHumanAvailableAt!).getTime()).toBeGreaterThan(new Date(now).getTime());
  });

  it.each([
    ["Friday 16:59 New York", "2026-11-20T21:59:00Z", undefined],
    ["Monday 09:00 New York", "2026-11-23T14:00:00Z", undefined],
    ["Monday 09:30 Berlin (03:30 in New York)", "2026-11-23T08:30:00Z", { businessHours: { timezone: "Europe/Berlin" } }],
    [
      "open around the clock",
      "2026-11-22T04:00:00Z",
      { businessHours: { days: Array(7).fill({ open: "00:00", close: "24:00" }) } },
    ],
  ] as const)("inside business hours: %s", (_name, now, settings) => {
    const d = handoffAt(new Date(now), settings as ShopSettingsInput | undefined);
    expect(codes(d)).toEqual(["sensitive_intent"]);
    expect(d.nextHumanAvailableAt).toBeUndefined();
    expect(d.askForEmail).toBeUndefined();
  });

  it("New York closed while Berlin is open shows the settings' zone is what counts", () => {
    const now = new Date("2026-11-23T08:30:00Z");
    expect(codes(handoffAt(now))).toContain("outside_business_hours");
  });

  it.each([
    ["guest (no customer)", null, [], true],
    ["guest (customer without id)", { ...KNOWN_CUSTOMER, customerId: null }, [], true],
    ["guest who already gave an email", null, ["shopper@example.com"], false],
    ["logged-in customer", KNOWN_CUSTOMER, [], false],
  ] as const)("askForEmail out of hours: %s", (_name, customer, emails, expected) => {
    const d = route(
      input({
        u: { intent: "complaint", entities: { orderNumbers: [], emails: [...emails], products: [] } },
        customer,
        now: new Date("2026-11-28T15:00:00Z"),
      }),
    );
    expect(d.askForEmail).toBe(expected);
  });

  it("does not add business hours to a clarifying question", () => {
    const d = route(input({ u: { confidence: 0.2 }, now: new Date("2026-11-28T15:00:00Z") }));
    expect(d.kind).toBe("clarify");
    expect(codes(d)).toEqual(["low_confidence_clarify"]);
  });

  it("describes the out-of-hours reason with local times", () => {
    const d = handoffAt(new Date("2026-11-20T22:00:00Z"));
    const detail = d.reasons.find((r) => r.code === "outside_business_hours")!.detail;
    expect(detail).toContain("Friday 17:00 in America/New_York");
    expect(detail).toContain("Monday 09:00 in America/New_York");
  });
});

describe("zonedWallTimeToUtc", () => {
  it("maps a wall time that never happens (spring-forward gap) to the moment clocks jump", () => {
    expect(zonedWallTimeToUtc(2026, 3, 8, 2 * 60 + 30, "America/New_York").toISOString()).toBe(
      "2026-03-08T07:00:00.000Z",
    );
  });

  it("maps a wall time that happens twice (fall-back overlap) to the first occurrence", () => {
    expect(zonedWallTimeToUtc(2026, 11, 1, 60 + 30, "America/New_York").toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });

  it("opens at the jump when business hours start inside the gap", () => {
    const d = route(
      input({
        u: { intent: "complaint" },
        now: new Date("2026-03-08T04:00:00Z"), // Saturday 23:00 EST
        settings: { businessHours: { days: Array(7).fill({ open: "02:30", close: "18:00" }) } },
      }),
    );
    expect(d.nextHumanAvailableAt).toBe("2026-03-08T07:00:00.000Z");
  });
});

describe("holdout", () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `cmconv${i.toString(36)}x${(i * 7919) % 1000}`);

  it("is deterministic per conversation", () => {
    for (const id of ids.slice(0, 50)) expect(holdoutBucket(id)).toBe(holdoutBucket(id));
    const given = { history: { conversationId: HELD_OUT_AT_20 }, settings: { holdoutPercent: 20 } };
    expect(route(input(given))).toEqual(route(input(given)));
  });

  it("buckets are integers 0..99", () => {
    for (const id of ids) {
      const b = holdoutBucket(id);
      expect(Number.isInteger(b) && b >= 0 && b < 100).toBe(true);
    }
  });

  it.each([
    [20, 15, 25],
    [50, 45, 55],
    [5, 2.5, 7.5],
  ])("holds out about %i%% of 1000 conversations", (percent, lo, hi) => {
    const held = ids.filter(
      (conversationId) =>
        route(input({ history: { conversationId }, settings: { holdoutPercent: percent } })).kind ===
        "handoff",
    ).length;
    expect(held / 10).toBeGreaterThanOrEqual(lo);
    expect(held / 10).toBeLessThanOrEqual(hi);
  });

  it("holds nothing out at 0%", () => {
    expect(ids.some((id) => isHeldOut(id, 0))).toBe(false);
  });

  it("a bigger holdout keeps everyone a smaller one held out", () => {
    for (const id of ids) if (isHeldOut(id, 10)) expect(isHeldOut(id, 20)).toBe(true);
  });
});

describe("purity", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("ignores the system clock and never uses Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const given: Overrides = {
      u: { intent: "complaint" },
      history: { conversationId: HELD_OUT_AT_20 },
      settings: { holdoutPercent: 20 },
      now: new Date("2026-11-28T15:00:00Z"),
    };
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2020-01-01T00:00:00Z"));
    const first = route(input(given));
    vi.setSystemTime(new Date("2031-06-15T12:00:00Z"));
    expect(route(input(given))).toEqual(first);
    expect(random).not.toHaveBeenCalled();
  });

  it("does not modify its input", () => {
    const i = input({ u: { intent: "complaint" }, customer: VIP, now: new Date("2026-11-28T15:00:00Z") });
    const snapshot = structuredClone(i);
    route(i);
    expect(i).toEqual(snapshot);
  });
});

describe("describeDecision and isAutomatable", () => {
  it("summarises an automated answer", () => {
    const d = route(input());
    expect(describeDecision(d)).toBe(
      "Answered by the bot (order status): order status is automated (confidence 0.92 ≥ 0.60)",
    );
  });

  it("summarises a handoff on one line with every reason", () => {
    const d = route(input({ u: { intent: "complaint" }, customer: VIP, now: new Date("2026-11-28T15:00:00Z") }));
    const line = describeDecision(d);
    expect(line.startsWith("Handed to a person (complaint): ")).toBe(true);
    expect(line).not.toMatch(/\n/);
    for (const r of d.reasons) expect(line).toContain(r.detail);
    expect(isAutomatable(d)).toBe(false);
  });

  it("summarises a clarifying question", () => {
    const d = route(input({ u: { confidence: 0.1 } }));
    expect(describeDecision(d)).toMatch(/^Bot asked the shopper to rephrase \(order status\): /);
    expect(isAutomatable(d)).toBe(false);
  });

  it("every intent reads naturally", () => {
    for (const intent of INTENTS as readonly Intent[]) {
      expect(describeDecision(route(input({ u: { intent } })))).not.toContain("_");
    }
  });
});
