// The return conversation after the bot listed what can be returned, as an explicit state machine:
//
//   choosing        the list was shown; the shopper may pick items, give a reason, both, or say "yes"
//   awaiting_reason items are chosen; the bot asked why (Shopify's return reasons)
//   awaiting_items  a reason was given ("it is too small") but not which of several items; the bot asked which
//
// Every reply is read for items AND a reason, in any order and wording ("the shoes, they're too small", "both, wrong
// colour", "2 - too big"). When both are known the request is submitted (once: see at-most-once.server.ts). A reply
// that isn't about the return (a question, another order, asking for a person) leaves the flow and is understood and
// routed like any other message. Pure: the turn (turn.server.ts) applies the step.
import type { ConfirmedAction } from "../answers/answer-for.server";
import { findReturnReason, REASONS_FOR_A_PERSON, withoutReasonPhrases, type ReturnReasonHandle } from "../answers/return-reasons";
import { selectReturnItems } from "../answers/return-selection";
import type { Language, Understanding } from "../understanding/types";
import { isConfirmation } from "./confirmation";

type ReturnProposal = Extract<ConfirmedAction, { action: "return_request" }>;
export type PendingReturn = ReturnProposal & { key?: string };
export type ReturnFlowState = "choosing" | "awaiting_reason" | "awaiting_items";

export type ReturnStep =
  /** Not an answer to the return question: understanding and routing take the message. */
  | { kind: "pass" }
  /** The shopper doesn't want to return anything after all. */
  | { kind: "cancel" }
  | { kind: "ask_reason"; pending: PendingReturn }
  | { kind: "ask_items"; pending: PendingReturn }
  /** Damaged or wrong item: a person decides (photos, replacement, refund without return); routing takes it as such. */
  | { kind: "route_as_damaged"; pending: PendingReturn }
  /** Items and reasons are known: request the return. */
  | { kind: "submit"; pending: PendingReturn };

export function returnFlowState(p: PendingReturn): ReturnFlowState {
  if (!p.chosen) return p.reason || (p.lineReasons && Object.keys(p.lineReasons).length) ? "awaiting_items" : "choosing";
  return "awaiting_reason";
}

const REFUSAL = /^\s*(no|nope|nah|non|nein|cancel|cancelar|annuler|abbrechen|forget it|never mind|laisse tomber|olvidalo|olvídalo|vergiss es)\b/i;
/** Asking for a person, or about something else entirely, is never read as a reason. */
const LEAVES_FLOW = new Set(["human_agent", "order_status", "cancel_order", "change_order", "refund_status", "delivery_problem", "shipping_info", "product_availability", "discount_question", "payment_issue", "account"]);
const CLAUSE_SPLIT: Record<Language, RegExp> = {
  en: /[,.;:!\n]+|\s[-–—]\s|\s(?:and|but|also)\s/i,
  fr: /[,.;:!\n]+|\s[-–—]\s|\s(?:et|mais|aussi|and)\s/i,
  de: /[,.;:!\n]+|\s[-–—]\s|\s(?:und|aber|auch|and)\s/i,
  es: /[,.;:!\n]+|\s[-–—]\s|\s(?:y|e|pero|también|and)\s/i,
};
const MAX_WORDS = 40;

interface Read {
  /** Item ids the message picks, or null when it picks none. */
  picked: string[] | null;
  quantities: Record<string, number>;
  /** Reasons tied to named items. */
  lineReasons: Record<string, ReturnReasonHandle>;
  /** A reason not tied to a named item: it applies to every chosen item without its own. */
  reason: ReturnReasonHandle | null;
  anyReason: boolean;
  excludedEverything: boolean;
}

/** Items and reasons in one message, clause by clause ("the shoes are too small and the beanie is the wrong colour"). */
export function readReturnReply(text: string, pending: PendingReturn, language: Language): Read {
  const items = pending.items;
  // Items are read without the reason's words: "ne me va pas" is not "not this one".
  const whole = selectReturnItems(withoutReasonPhrases(text, language), items, language);
  const picked = whole.kind === "some" ? whole.items.map((i) => i.fulfillmentLineItemId) : whole.kind === "all" ? items.map((i) => i.fulfillmentLineItemId) : null;
  const quantities: Record<string, number> = {};
  if (whole.kind === "some") for (const i of whole.items) quantities[i.fulfillmentLineItemId] = i.quantity;

  const lineReasons: Record<string, ReturnReasonHandle> = {};
  const loose: ReturnReasonHandle[] = [];
  let lastNamed: string[] = [];
  for (const clause of text.split(CLAUSE_SPLIT[language]).filter((c) => c && c.trim())) {
    const sel = selectReturnItems(withoutReasonPhrases(clause, language), items, language);
    const named = sel.kind === "some" ? sel.items.map((i) => i.fulfillmentLineItemId) : sel.kind === "all" ? items.map((i) => i.fulfillmentLineItemId) : [];
    const found = findReturnReason(clause, language)?.handle ?? null;
    if (named.length) lastNamed = named.filter((id) => !picked || picked.includes(id));
    if (!found) continue;
    // "the shoes, they're too small": a reason without items of its own belongs to the items just named.
    const targets = (named.length ? named : lastNamed).filter((id) => !(id in lineReasons));
    if (targets.length && targets.length < items.length) for (const id of targets) lineReasons[id] = found;
    else loose.push(found);
  }
  const distinct = [...new Set([...loose, ...Object.values(lineReasons)])];
  // One reason said once covers everything chosen ("1 and 3 are too small").
  const reason = loose[0] ?? (distinct.length === 1 ? distinct[0] : null);
  return { picked, quantities, lineReasons, reason, anyReason: distinct.length > 0, excludedEverything: whole.kind === "none" };
}

/**
 * The next step of the return flow for `text`. `u` is the message's own understanding (not merged with earlier
 * turns): a new order number starts a new request instead of answering this one.
 */
export function nextReturnStep(pending: PendingReturn, text: string, u: Understanding): ReturnStep {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean).length;
  if (!trimmed || trimmed.includes("?") || words > MAX_WORDS) return { kind: "pass" };
  if (u.entities.orderNumbers.length > 0 || (LEAVES_FLOW.has(u.intent) && u.confidence >= 0.8)) return { kind: "pass" };
  if (u.intent === "human_agent" && u.confidence >= 0.5) return { kind: "pass" };

  const state = returnFlowState(pending);
  const language = u.language;
  const read = readReturnReply(trimmed, pending, language);
  const yes = isConfirmation(trimmed);
  if (read.excludedEverything) return { kind: "cancel" };
  if (REFUSAL.test(trimmed) && !read.picked && !read.anyReason) return { kind: "cancel" };

  let reason = read.reason ?? pending.reason ?? null;
  let note = pending.note ?? null;
  if (read.anyReason) note = joinNote(note, trimmed);
  // Asked why, the shopper may answer in words no list has ("my daughter has one already"): that is the reason,
  // as Shopify's "other", with the words as the note for the merchant. A yes or a pick is not a reason.
  const freeText = state === "awaiting_reason" && !read.anyReason && !read.picked && !yes && (u.intent === "return_request" || u.intent === "other" || u.confidence < 0.6);
  if (freeText) {
    reason = "other";
    note = joinNote(note, trimmed);
  }
  if (!read.picked && !read.anyReason && !yes && !freeText) return { kind: "pass" };

  const lineReasons = { ...(pending.lineReasons ?? {}), ...read.lineReasons };
  let chosen = pending.chosen ?? null;
  if (read.picked) {
    chosen = read.picked.map((id) => ({ fulfillmentLineItemId: id, quantity: read.quantities[id] ?? pending.items.find((i) => i.fulfillmentLineItemId === id)!.quantity }));
  } else if (!chosen && (yes || (pending.items.length === 1 && u.entities.products.length === 0))) {
    // "yes" takes everything listed; with a single item, a reason alone is enough to know what goes back (unless the
    // message names a product that isn't that item: then the bot asks rather than return the wrong thing).
    chosen = pending.items.map((i) => ({ fulfillmentLineItemId: i.fulfillmentLineItemId, quantity: i.quantity }));
  }
  const next: PendingReturn = { ...pending, chosen, reason, lineReasons, note };

  const reasons = Object.values(lineReasons).concat(reason ? [reason] : []);
  if (reasons.some((r) => REASONS_FOR_A_PERSON.has(r))) return { kind: "route_as_damaged", pending: next };
  if (!chosen) return { kind: "ask_items", pending: next };
  const missingReason = chosen.some((c) => !lineReasons[c.fulfillmentLineItemId] && !reason);
  if (missingReason) return { kind: "ask_reason", pending: next };
  return { kind: "submit", pending: next };
}

function joinNote(previous: string | null, text: string): string {
  return (previous ? `${previous} / ${text}` : text).slice(0, 300);
}

/** The reason for each chosen line, as Shopify's handle. */
export function reasonForLine(pending: PendingReturn, fulfillmentLineItemId: string): ReturnReasonHandle | null {
  return pending.lineReasons?.[fulfillmentLineItemId] ?? pending.reason ?? null;
}
