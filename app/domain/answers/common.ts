// Answers that don't depend on one kind of shop data: greeting, disclosure, asking for details, failures.
import type { Language } from "../understanding/types";
import { t } from "./messages";
import type { Answer, HandoffReason } from "./types";

export function botDisclosure(language: Language): string {
  return t(language, "bot_disclosure");
}

/** The bot's first message: who it is (a bot), what it can do, and that a person is one message away. */
export function greeting(language: Language): Answer {
  return {
    text: [t(language, "bot_disclosure"), t(language, "greeting"), t(language, "talk_to_person")].join(" "),
    facts: { kind: "greeting" },
  };
}

/**
 * When an answer should end with the way to a person: in the bot's first answer (the shopper learns it exists), and
 * after the bot failed or the shopper sounded unhappy. Not in every answer: repeated, it reads as the bot giving up.
 */
export function shouldOfferPerson(s: { isFirstAnswer: boolean; botFailures?: number; sentiment?: { label: string } | null; previousAnswerFailed?: boolean }): boolean {
  return s.isFirstAnswer || (s.botFailures ?? 0) > 0 || s.sentiment?.label === "negative" || Boolean(s.previousAnswerFailed);
}

/** Ends the answer with the way to a person, unless a person is already on the way. */
export function withPersonHint(answer: Answer, language: Language): Answer {
  if (answer.handoff) return answer;
  return { ...answer, text: `${answer.text}\n\n${t(language, "talk_to_person")}` };
}

export function withDisclosure(answer: Answer, language: Language): Answer {
  return { ...answer, text: `${botDisclosure(language)} ${answer.text}` };
}

export type Missing = "order_number" | "email" | "product";

export function needAnswer(missing: Missing[], language: Language, orderNumber?: string | null): Answer {
  const facts = { kind: "need", missing };
  if (missing.includes("product")) return { text: t(language, "need_product"), facts };
  if (missing.includes("order_number") && missing.includes("email")) return { text: t(language, "need_order_number_and_email"), facts };
  if (missing.includes("order_number")) return { text: t(language, "need_order_number"), facts };
  return { text: t(language, "need_email", { orderNumber: orderNumber ? `#${orderNumber}` : "" }).replace(/\s+\./, "."), facts };
}

/** Deliberately carries nothing about the order: the shopper didn't prove it's theirs. */
export function notVerifiedAnswer(orderNumber: string, language: Language): Answer {
  return { text: t(language, "not_verified", { orderNumber: `#${orderNumber}` }), facts: { kind: "not_verified", orderNumber } };
}

export function orderNotFoundAnswer(orderNumber: string, language: Language): Answer {
  return { text: t(language, "order_not_found", { orderNumber: `#${orderNumber}` }), facts: { kind: "order_not_found", orderNumber } };
}

export function orderTooOldAnswer(orderNumber: string | null, windowDays: number, language: Language): Answer {
  const facts = { kind: "order_outside_window", orderNumber, windowDays };
  const text = orderNumber
    ? t(language, "order_too_old", { orderNumber: `#${orderNumber}`, days: windowDays })
    : t(language, "order_too_old_account", { days: windowDays });
  return { text, facts, handoff: { reason: "order_outside_window" } };
}

export function noOrdersAnswer(language: Language): Answer {
  return { text: t(language, "no_orders"), facts: { kind: "no_orders" } };
}

/** The shop's API failed: say so, promise a person, and never fill the gap with a guess. */
export function apiUnavailableAnswer(language: Language, detail: { reason: string; operation?: string }): Answer {
  return {
    text: t(language, "api_unavailable"),
    facts: { kind: "shop_api_unavailable", ...detail },
    handoff: { reason: "shop_api_unavailable" },
  };
}

export function handoffAnswer(language: Language, reason: HandoffReason, facts: Record<string, unknown> = {}): Answer {
  return { text: t(language, "handoff_generic"), facts: { kind: "handoff", ...facts }, handoff: { reason } };
}

export function otherIntentAnswer(language: Language): Answer {
  return { text: t(language, "other_intent"), facts: { kind: "other" } };
}

/**
 * What the bot should still remember from earlier turns for this message. A new request must not be answered with an
 * earlier turn's failure ("couldn't match order … with that email"): after a failed ownership check, the remembered
 * email/phone is dropped unless this message brings a new one, and an order number that was not found is forgotten.
 */
export function identityForNewRequest(
  memory: { orderNumber?: string | null; email?: string | null; phone?: string | null },
  message: { orderNumbers: string[]; emails: string[] },
  lastAnswerKind: string | null,
): { orderNumber: string | null; email: string | null; phone: string | null } {
  const newOrder = message.orderNumbers[0] ?? null;
  const newEmail = message.emails[0] ?? null;
  const failedBefore = lastAnswerKind === "not_verified";
  const keepContact = !failedBefore;
  return {
    orderNumber: newOrder ?? (lastAnswerKind === "order_not_found" ? null : (memory.orderNumber ?? null)),
    email: newEmail ?? (keepContact ? (memory.email ?? null) : null),
    phone: keepContact ? (memory.phone ?? null) : null,
  };
}
