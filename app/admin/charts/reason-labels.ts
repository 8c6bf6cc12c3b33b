import type { ReasonCode } from "../../domain/routing/types";

/** How the home page names routing reasons: what happened, in the merchant's words. */
export const REASON_LABELS: Record<ReasonCode, string> = {
  intent_automated: "Question type is automated",
  intent_sent_to_human: "You send this question type to people",
  sensitive_intent: "Sensitive topic (complaint, damaged item, asked for a person)",
  shopper_asked_for_human: "Shopper asked for a person",
  low_confidence_clarify: "Bot asked the shopper to rephrase",
  low_confidence_handoff: "Bot wasn't sure what the shopper meant",
  missing_information: "Order number or email missing",
  customer_segment: "Customer in a segment you send to people",
  customer_tag: "Customer tag you send to people",
  lifetime_spend: "High lifetime spend",
  order_count: "Many past orders",
  order_value: "High order value",
  negative_sentiment: "Shopper sounded upset",
  bot_failed_twice: "Bot's answers didn't help (twice)",
  outside_business_hours: "Outside business hours",
  holdout: "Holdout group (measuring automation)",
  human_owns_conversation: "A person already owns the conversation",
  shop_api_unavailable: "Store data was unavailable",
  ownership_not_verified: "Shopper couldn't prove the order was theirs",
  rate_limited: "Asked to slow down (too many lookups)",
  processing_interrupted: "Message could not be processed",
};

export function reasonLabel(code: string): string {
  return (REASON_LABELS as Record<string, string>)[code] ?? code.replace(/_/g, " ");
}
