import type { Intent, Understanding } from "../understanding/types";

export type DecisionKind = "automate" | "clarify" | "handoff";

/** Every reason a routing decision can carry. Stored with the decision so a merchant can see why. */
export const REASON_CODES = [
  "intent_automated", // merchant automates this intent
  "intent_sent_to_human", // merchant sends this intent to a person
  "sensitive_intent", // complaint / damaged_or_wrong_item / human_agent, not explicitly automated
  "shopper_asked_for_human",
  "low_confidence_clarify", // below threshold, first time: ask the shopper to rephrase / pick
  "low_confidence_handoff", // below threshold again
  "missing_information", // automatable but needs order number / email first
  "customer_segment", // member of a segment the merchant sends to people
  "customer_tag",
  "lifetime_spend",
  "order_count",
  "order_value",
  "negative_sentiment",
  "bot_failed_twice",
  "outside_business_hours",
  "holdout", // randomly (deterministically per conversation) held out from automation
  "human_owns_conversation",
  "shop_api_unavailable",
  "ownership_not_verified", // repeated wrong email/phone for an order: a person checks instead of more guesses
  "rate_limited", // one shopper made too many shop lookups in a short time: asked to wait
  "processing_interrupted", // the message could not be finished after a retry (crash, outage): a person takes it
  "delivery_problem", // delivered but not received, stolen, lost, stuck or misdelivered: a claim needs a person
  "urgent_problem", // a deadline or hurry cue on a problem (late, missing, damaged, wrong), merchant setting on
  "urgency_noted", // a deadline or hurry cue on a routine question: answered, and flagged for the merchant
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  /** Plain-language explanation for the merchant, with the values that applied. */
  detail: string;
}

export interface RoutingDecision {
  kind: DecisionKind;
  /** The intent the decision is about (after multi-turn context). */
  intent: Intent;
  reasons: Reason[];
  /** For clarify: what the bot must ask for. */
  missing?: Array<"order_number" | "email" | "rephrase">;
  /** For handoff outside business hours: when a person will next be available (ISO). */
  nextHumanAvailableAt?: string;
  /** For handoff outside business hours: ask the shopper for an email to reply to. */
  askForEmail?: boolean;
}

/** What the routing policy knows about the shopper (from the signed proxy request + Admin API). */
export interface CustomerProfile {
  customerId: string | null;
  tags: string[];
  amountSpent: number;
  numberOfOrders: number;
  /** IDs of merchant-chosen segments this customer belongs to. */
  segmentIds: string[];
}

export interface ConversationHistory {
  conversationId: string;
  /**
   * The holdout group stored when the conversation started; absent for conversations from before groups were
   * stored, which fall back to their stable bucket under the current percentage.
   */
  experimentGroup?: "holdout" | "bot" | null;
  /** How many clarifying questions the bot already asked in this conversation. */
  clarificationsAsked: number;
  /** Times the bot failed: shopper rephrased the same question, said "not what I asked", thumbs down. */
  botFailures: number;
  humanOwnsConversation: boolean;
  /** Intents of previous shopper messages, oldest first. */
  previousIntents: Intent[];
}

export interface RoutingInput {
  understanding: Understanding;
  customer: CustomerProfile | null;
  history: ConversationHistory;
  settings: import("./settings").ShopSettings;
  now: Date;
  /** Total of the order under discussion, if known. */
  orderValue?: number;
}
