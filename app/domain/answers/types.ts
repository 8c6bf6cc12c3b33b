import type { Language } from "../understanding/types";

/** Why the bot hands the conversation to a person instead of (or after) answering. */
export type HandoffReason =
  | "shop_api_unavailable" // Admin API down, throttled past the deadline, or the message's cost budget spent
  | "order_outside_window" // older than the orders the app can read
  | "policy_missing" // the shop published no policy to quote
  | "person_must_act" // e.g. a cancellation or change only staff may make
  | "return_request_failed"
  | "cancel_failed"
  | "not_automated" // an intent the bot doesn't answer
  | "delivery_problem" // not received, stolen, lost, stuck or misdelivered: the bot gathers the facts, a person acts
  | "needs_judgment" // advice, comparisons, "is it right for me": a person decides, with the passages found
  | "not_in_shop_data"; // the shop's content doesn't answer it confidently (grounded answers never guess)

export interface Answer {
  /** What the shopper sees, in their language. */
  text: string;
  /** The shop data the text was built from (for the merchant's audit view and tests). Never invented. */
  facts: Record<string, unknown>;
  handoff?: { reason: HandoffReason };
}

export interface ComposeOptions {
  language: Language;
  /** Shop time zone for dates; UTC if absent. */
  timeZone?: string;
}
