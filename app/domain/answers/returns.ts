// Return eligibility, the confirmation prompt, and the outcome of a return request.
import type { AdminUserError } from "../shop-data/admin-api.server";
import type { ReturnEligibility, ReturnableItem } from "../shop-data/returns.server";
import { formatDate, formatList } from "./format";
import { t } from "./messages";
import { findReturnReason, offeredReasonLabels, REASONS_FOR_A_PERSON, returnReasonLabel, withoutReasonPhrases, type ReturnReasonHandle } from "./return-reasons";
import type { Answer, ComposeOptions } from "./types";

const label = (i: { title: string; variantTitle?: string | null }) =>
  i.variantTitle && i.variantTitle !== "Default Title" ? `${i.title} (${i.variantTitle})` : i.title;

export { isReturnSelection, selectReturnItems, type ReturnSelection, type SelectableReturnItem } from "./return-selection";
import { selectReturnItems } from "./return-selection";

/**
 * What the bot proposes to request when the shopper confirms: every eligible item, full returnable quantity, in the
 * order they are numbered in the message. Titles travel with the proposal so a reply can pick items by name.
 */
export function proposedReturnItems(
  e: ReturnEligibility,
): Array<{ fulfillmentLineItemId: string; quantity: number; title: string; variantTitle: string | null }> {
  return e.items.map((i) => ({ fulfillmentLineItemId: i.fulfillmentLineItemId, quantity: i.quantity, title: i.title, variantTitle: i.variantTitle }));
}

/**
 * What the opening message already said ("I want to return the shoes, they're too small"): the items it names (as the
 * products understanding found) and the reason, so that a "yes" means those items for that reason.
 */
export function returnPrefill(
  e: ReturnEligibility,
  message: { text: string; productTitles: string[] },
  o: ComposeOptions,
): { chosen: Array<{ fulfillmentLineItemId: string; quantity: number }> | null; reason: ReturnReasonHandle | null; note: string | null } {
  const titles = new Set(message.productTitles.map((x) => x.toLowerCase()));
  // Items by the products understanding found, or by their names in the words ("the shoes"); never by a number or
  // "last", which in an opening message describe the order ("my last order"), not a line of a list not yet shown.
  const byWords = selectReturnItems(withoutReasonPhrases(message.text, o.language), e.items, o.language, { namesOnly: true });
  const named = e.items.filter((i) => titles.has(i.title.toLowerCase()) || (byWords.kind === "some" && byWords.items.some((w) => w.fulfillmentLineItemId === i.fulfillmentLineItemId)));
  const found = findReturnReason(message.text, o.language)?.handle ?? null;
  const reason = found && !REASONS_FOR_A_PERSON.has(found) ? found : null;
  const chosenItems = named.length ? named : reason && e.items.length === 1 ? e.items : [];
  return {
    chosen: chosenItems.length ? chosenItems.map((i) => ({ fulfillmentLineItemId: i.fulfillmentLineItemId, quantity: i.quantity })) : null,
    reason,
    note: reason ? message.text.trim().slice(0, 300) : null,
  };
}

export function returnEligibilityAnswer(
  e: ReturnEligibility,
  o: ComposeOptions,
  extra: { otherOrders?: string[]; message?: { text: string; productTitles: string[] } } = {},
): Answer {
  const L = o.language;
  const orderName = e.orderName;
  const facts: Record<string, unknown> = {
    kind: "return_eligibility",
    orderId: e.orderId,
    orderName,
    eligible: e.eligible,
    reason: e.reason,
    windowDays: e.windowDays,
    items: e.items,
    otherItems: e.otherItems,
    existingReturns: e.existingReturns,
  };
  const lines: string[] = [];
  const open = e.existingReturns.filter((r) => r.status === "REQUESTED" || r.status === "OPEN");
  if (open.length > 0) lines.push(t(L, "return_existing", { returns: formatList(open.map((r) => r.name), L) }));

  if (e.eligible) {
    const latest = e.items.map((i) => i.returnBy!).sort()[0];
    lines.push(t(L, "return_eligible", { orderName, date: formatDate(latest, L, o.timeZone) }));
    e.items.forEach((i, k) => lines.push(t(L, "return_item", { n: k + 1, quantity: i.quantity, title: label(i) })));
    const pre = extra.message ? returnPrefill(e, extra.message, o) : { chosen: null, reason: null, note: null };
    if (!(pre.chosen && pre.reason)) lines.push(e.items.length > 1 ? t(L, "return_confirm_pick", { example: e.items.at(-1)!.title }) : t(L, "return_confirm"));
    else {
      // Both already said: a "yes" sends exactly that (the shopper can still change it).
      const noted = pre.chosen.map((c) => label(e.items.find((i) => i.fulfillmentLineItemId === c.fulfillmentLineItemId)!));
      lines.push(t(L, "return_noted", { items: formatList(noted, L), reason: returnReasonLabel(pre.reason, L) }));
    }
    if (extra.otherOrders?.length) lines.push(t(L, "return_other_orders", { orders: formatList(extra.otherOrders, L) }));
    facts.proposedAction = { action: "return_request", orderId: e.orderId, items: proposedReturnItems(e), ...(pre.chosen || pre.reason ? pre : {}) };
    facts.otherOrders = extra.otherOrders ?? [];
    return { text: lines.join("\n"), facts };
  }

  switch (e.reason) {
    case "cancelled":
      lines.push(t(L, "return_not_eligible_cancelled", { orderName }));
      break;
    case "not_fulfilled":
      lines.push(t(L, "return_not_eligible_not_fulfilled", { orderName }));
      break;
    case "not_delivered":
      lines.push(t(L, "return_not_eligible_not_delivered", { orderName, days: e.windowDays }));
      break;
    case "window_closed": {
      const ended = e.otherItems.map((i: ReturnableItem) => i.returnBy).filter((d): d is string => Boolean(d)).sort().at(-1);
      lines.push(t(L, "return_not_eligible_window_closed", { orderName, days: e.windowDays, date: ended ? formatDate(ended, L, o.timeZone) : "" }));
      break;
    }
    default:
      if (open.length === 0) lines.push(t(L, "return_not_eligible_nothing_returnable", { orderName }));
  }
  if (extra.otherOrders?.length) lines.push(t(L, "return_other_orders", { orders: formatList(extra.otherOrders, L) }));
  facts.otherOrders = extra.otherOrders ?? [];
  return { text: lines.join("\n"), facts };
}

export function returnRequestedAnswer(
  created: { id: string; name: string; status: string },
  items: Array<{ title: string; variantTitle?: string | null; quantity: number; reason?: ReturnReasonHandle | null }>,
  o: ComposeOptions,
): Answer {
  const list = formatList(
    items.map((i) => `${i.quantity} × ${label(i)}${i.reason && i.reason !== "other" ? ` (${returnReasonLabel(i.reason, o.language)})` : ""}`),
    o.language,
  );
  return {
    text: t(o.language, "return_requested", { returnName: created.name, items: list }),
    facts: { kind: "return_requested", returnId: created.id, returnName: created.name, status: created.status, items },
  };
}

export function returnRequestFailedAnswer(userErrors: AdminUserError[], o: ComposeOptions, orderId: string): Answer {
  return {
    text: t(o.language, "return_request_failed", { error: userErrors.map((e) => e.message).join("; ") }),
    facts: { kind: "return_request_failed", orderId, userErrors },
    handoff: { reason: "return_request_failed" },
  };
}

type Listed = { fulfillmentLineItemId: string; quantity: number; title?: string | null; variantTitle?: string | null };
const listedLabel = (i: Listed) => label({ title: i.title ?? "?", variantTitle: i.variantTitle ?? null });

/** The items are chosen; the bot asks why, offering Shopify's return reasons in the shopper's words. */
export function returnReasonQuestion(chosen: Listed[], o: ComposeOptions): Answer {
  const items = formatList(chosen.map(listedLabel), o.language);
  return {
    text: t(o.language, "return_ask_reason", { items, reasons: formatList(offeredReasonLabels(o.language), o.language, "or") }),
    facts: { kind: "return_ask_reason", items: chosen.map((c) => c.fulfillmentLineItemId) },
  };
}

/** A reason came without saying which of several items: the bot lists them again and asks. */
export function returnItemsQuestion(items: Listed[], reason: ReturnReasonHandle | null, o: ComposeOptions): Answer {
  const lines = [
    t(o.language, "return_ask_items", { reason: reason ? returnReasonLabel(reason, o.language) : "" }).replace(/\s*\(\)/, ""),
    ...items.map((i, k) => t(o.language, "return_item", { n: k + 1, quantity: i.quantity, title: listedLabel(i) })),
  ];
  return { text: lines.join("\n"), facts: { kind: "return_ask_items", reason } };
}

export function returnCancelledAnswer(o: ComposeOptions): Answer {
  return { text: t(o.language, "return_cancelled"), facts: { kind: "return_cancelled" } };
}
