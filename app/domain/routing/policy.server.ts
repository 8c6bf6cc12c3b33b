// The routing policy: decides whether the bot answers, asks the shopper to rephrase, or hands the
// conversation to a person. Pure and deterministic (no clock, no randomness) so every stored
// decision can be replayed and explained to the merchant.
import type { Intent, Understanding } from "../understanding/types";
import { describeLocalTime, isWithinBusinessHours, nextOpening } from "./business-hours";
import { experimentGroupOf, holdoutBucket } from "./holdout";
import type { ShopSettings } from "./settings";
import {
  REASON_CODES,
  type CustomerProfile,
  type Reason,
  type ReasonCode,
  type RoutingDecision,
  type RoutingInput,
} from "./types";

/** Go to a person unless the merchant explicitly automates them. */
export const SENSITIVE_INTENTS: readonly Intent[] = ["damaged_or_wrong_item", "complaint"];

/** Always go to a person: the bot cannot resolve them, whatever the intent setting says. */
export const ALWAYS_PERSON_INTENTS: readonly Intent[] = ["human_agent", "delivery_problem"];

/** Problems that, with an urgency cue, go to a person when the merchant's urgency setting is on. */
export const PROBLEM_INTENTS: readonly Intent[] = ["delivery_problem", "damaged_or_wrong_item", "complaint", "payment_issue"];

/** Reasons coming from the merchant's "always send these customers to a person" rules. */
export const ALWAYS_HUMAN_REASON_CODES = [
  "customer_segment",
  "customer_tag",
  "lifetime_spend",
  "order_count",
  "order_value",
] as const satisfies readonly ReasonCode[];

/** Emitted by the caller (it fetches shop data), never by route(). */
export const CALLER_REASON_CODES = [
  "missing_information",
  "shop_api_unavailable",
  "ownership_not_verified",
  "rate_limited",
  "processing_interrupted",
] as const satisfies readonly ReasonCode[];

export const POLICY_REASON_CODES: readonly ReasonCode[] = REASON_CODES.filter(
  (c) => !(CALLER_REASON_CODES as readonly ReasonCode[]).includes(c),
);

const label = (intent: Intent) => intent.replace(/_/g, " ");
const fmt2 = (n: number) => n.toFixed(2);

function intentReasons(u: Understanding, settings: ShopSettings, confident: boolean): Reason[] {
  const mode = settings.intents[u.intent];
  const conf = `confidence ${fmt2(u.confidence)}`;
  // A shopper who asks for a person gets one, even if the merchant ticked "automate" and even
  // when the classifier is unsure: a needless handoff costs less than stonewalling them.
  if (u.intent === "human_agent") {
    return [{ code: "shopper_asked_for_human", detail: `shopper asked for a person (${conf})` }];
  }
  // Also when the model read it as a complaint: the person should still see it is about a parcel.
  if (u.intent === "delivery_problem" || (u.deliveryProblem && u.intent === "complaint")) {
    const cue = u.deliveryProblem
      ? `${u.deliveryProblem.kind.replace(/_/g, " ")}, cue "${u.deliveryProblem.cue}"`
      : "recognised by the intent model";
    const delivery: Reason = { code: "delivery_problem", detail: `delivery problem (${cue}; ${conf}) goes to a person with the order's carrier status` };
    if (u.intent === "delivery_problem") return [delivery];
    return [delivery, { code: "sensitive_intent", detail: `complaint is a sensitive topic and goes to a person (${conf})` }];
  }
  if (mode !== "human") return [];
  // Sensitive topics also go to a person when the classifier is unsure: erring towards a person
  // is the safe mistake with an upset shopper.
  if (SENSITIVE_INTENTS.includes(u.intent)) {
    return [
      {
        code: "sensitive_intent",
        detail: `${label(u.intent)} is a sensitive topic and goes to a person (${conf})`,
      },
    ];
  }
  // For ordinary intents the setting only counts when we trust the intent; otherwise the
  // low-confidence rule asks the shopper to rephrase first rather than paging staff for a misread.
  if (!confident) return [];
  return [
    {
      code: "intent_sent_to_human",
      detail: `${label(u.intent)} is set to go to a person (${conf})`,
    },
  ];
}

function customerReasons(
  customer: CustomerProfile | null,
  rules: ShopSettings["alwaysHuman"],
  orderValue: number | undefined,
): Reason[] {
  const reasons: Reason[] = [];
  if (customer) {
    const segments = customer.segmentIds.filter((id) => rules.segmentIds.includes(id));
    if (segments.length > 0) {
      reasons.push({ code: "customer_segment", detail: `customer is in segment ${segments.join(", ")}` });
    }
    const wanted = new Set(rules.tags.map((t) => t.trim().toLowerCase()));
    const tags = customer.tags.filter((t) => wanted.has(t.trim().toLowerCase()));
    if (tags.length > 0) {
      reasons.push({ code: "customer_tag", detail: `customer is tagged ${tags.join(", ")}` });
    }
    if (rules.minLifetimeSpend !== null && customer.amountSpent >= rules.minLifetimeSpend) {
      reasons.push({
        code: "lifetime_spend",
        detail: `lifetime spend ${fmt2(customer.amountSpent)} ≥ ${fmt2(rules.minLifetimeSpend)}`,
      });
    }
    if (rules.minOrderCount !== null && customer.numberOfOrders >= rules.minOrderCount) {
      reasons.push({
        code: "order_count",
        detail: `${customer.numberOfOrders} orders ≥ ${rules.minOrderCount}`,
      });
    }
  }
  // Applies to guests too: the order under discussion can be known without a customer account.
  if (rules.minOrderValue !== null && orderValue !== undefined && orderValue >= rules.minOrderValue) {
    reasons.push({
      code: "order_value",
      detail: `order value ${fmt2(orderValue)} ≥ ${fmt2(rules.minOrderValue)}`,
    });
  }
  return reasons;
}

function isGuest(customer: CustomerProfile | null): boolean {
  return customer === null || customer.customerId === null;
}

/** Adds the out-of-hours facts every handoff needs so the shopper knows when to expect a reply. */
function withBusinessHours(decision: RoutingDecision, input: RoutingInput): RoutingDecision {
  const hours = input.settings.businessHours;
  if (isWithinBusinessHours(input.now, hours)) return decision;
  const next = nextOpening(input.now, hours);
  const nextText = next
    ? `${describeLocalTime(next, hours.timezone)} (${next.toISOString()})`
    : "unknown";
  return {
    ...decision,
    reasons: [
      ...decision.reasons,
      {
        code: "outside_business_hours",
        detail: `${describeLocalTime(input.now, hours.timezone)} is outside business hours; next person available ${nextText}`,
      },
    ],
    ...(next ? { nextHumanAvailableAt: next.toISOString() } : {}),
    // A guest can't be reached later unless they leave an address; skip asking if they just gave one.
    askForEmail: isGuest(input.customer) && input.understanding.entities.emails.length === 0,
  };
}

const quoted = (cues: string[]) => cues.map((c) => `"${c}"`).join(", ");

/** Urgency: on a problem (and with the setting on) a reason to hand off; on a routine question a flag. */
function urgencyReason(u: Understanding, settings: ShopSettings): Reason | null {
  if (!u.urgency.urgent) return null;
  const problem = PROBLEM_INTENTS.includes(u.intent) ? label(u.intent) : (u.problemCue ?? null);
  if (problem && settings.urgentProblemsToPerson) {
    return {
      code: "urgent_problem",
      detail: `urgent (${quoted(u.urgency.cues)}) about a problem (${PROBLEM_INTENTS.includes(u.intent) ? problem : `"${problem}"`}); urgent problems go to a person`,
    };
  }
  return {
    code: "urgency_noted",
    detail: `urgent (${quoted(u.urgency.cues)})${problem ? `; urgent problems are not set to go to a person` : " on a routine question"}`,
  };
}

export function route(input: RoutingInput): RoutingDecision {
  const { understanding: u, history, settings } = input;
  const intent = u.intent;
  const threshold = settings.confidenceThreshold;
  // Written so NaN counts as not confident.
  const confident = u.confidence >= threshold;
  const reasons: Reason[] = [];

  if (history.humanOwnsConversation) {
    reasons.push({
      code: "human_owns_conversation",
      detail: "a person has taken over this conversation; the bot stays silent",
    });
  }
  reasons.push(...intentReasons(u, settings, confident));
  const urgency = urgencyReason(u, settings);
  if (urgency?.code === "urgent_problem") reasons.push(urgency);
  reasons.push(...customerReasons(input.customer, settings.alwaysHuman, input.orderValue));
  if (u.sentiment.score <= settings.negativeSentimentThreshold) {
    reasons.push({
      code: "negative_sentiment",
      detail: `sentiment ${fmt2(u.sentiment.score)} ≤ ${fmt2(settings.negativeSentimentThreshold)}`,
    });
  }
  if (history.botFailures >= 2) {
    reasons.push({
      code: "bot_failed_twice",
      detail: `the bot missed ${history.botFailures} times in this conversation`,
    });
  }

  if (!confident) {
    const guess =
      `confidence ${fmt2(u.confidence)} < ${fmt2(threshold)} for ${label(intent)}` +
      (u.runnerUp ? ` (runner-up ${label(u.runnerUp.intent)} ${fmt2(u.runnerUp.confidence)})` : "");
    if (history.clarificationsAsked > 0) {
      const n = history.clarificationsAsked;
      reasons.push({
        code: "low_confidence_handoff",
        detail: `${guess} after ${n} clarifying question${n === 1 ? "" : "s"}`,
      });
    } else if (reasons.length === 0) {
      return {
        kind: "clarify",
        intent,
        reasons: [{ code: "low_confidence_clarify", detail: `${guess}; asking the shopper to rephrase` }],
        missing: ["rephrase"],
      };
    }
    // Otherwise a person takes it anyway; no point asking the shopper to rephrase first.
  }

  if (reasons.length === 0) {
    const group = experimentGroupOf({ id: history.conversationId, experimentGroup: history.experimentGroup }, settings.holdoutPercent);
    if (group === "bot") {
      return {
        kind: "automate",
        intent,
        reasons: [
          {
            code: "intent_automated",
            detail: `${label(intent)} is automated (confidence ${fmt2(u.confidence)} ≥ ${fmt2(threshold)})`,
          },
          ...(urgency ? [urgency] : []),
        ],
      };
    }
    reasons.push({
      code: "holdout",
      detail: history.experimentGroup
        ? "conversation was assigned to the holdout group when it started"
        : `conversation is in the ${settings.holdoutPercent}% holdout group (bucket ${holdoutBucket(history.conversationId)})`,
    });
  }

  return withBusinessHours({ kind: "handoff", intent, reasons }, input);
}

/**
 * True when the bot may answer. The caller still checks for missing information (order
 * number / email) and shop API availability before answering.
 */
export function isAutomatable(
  decision: RoutingDecision,
): decision is RoutingDecision & { kind: "automate" } {
  return decision.kind === "automate";
}

const LEADS: Record<RoutingDecision["kind"], string> = {
  automate: "Answered by the bot",
  clarify: "Bot asked the shopper to rephrase",
  handoff: "Handed to a person",
};

/** One line for the merchant, e.g. "Handed to a person (complaint): complaint is a sensitive topic…". */
export function describeDecision(decision: RoutingDecision): string {
  const details = decision.reasons.map((r) => r.detail).join("; ");
  const line = `${LEADS[decision.kind]} (${label(decision.intent)})${details ? `: ${details}` : ""}`;
  return line.replace(/\s+/g, " ");
}
