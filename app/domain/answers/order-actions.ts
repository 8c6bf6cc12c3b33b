// Cancel / change answers: what's possible for this order and who does it.
import type { AdminUserError } from "../shop-data/admin-api.server";
import type { CancelEligibility, ChangeEligibility } from "../shop-data/order-actions.server";
import type { OrderFacts } from "../shop-data/types";
import { t } from "./messages";
import type { Answer, ComposeOptions } from "./types";

/**
 * Explains whether `order` can be cancelled. When the bot may cancel it, asks for confirmation (facts.proposedAction);
 * when only a person may, hands off.
 */
export function cancelEligibilityAnswer(order: OrderFacts, e: CancelEligibility, o: ComposeOptions): Answer {
  const L = o.language;
  const orderName = order.name;
  const facts = { kind: "cancel_eligibility", orderId: order.id, orderName, ...e };
  if (e.blockers.includes("already_cancelled")) return { text: t(L, "cancel_already_cancelled", { orderName }), facts };
  if (e.blockers.includes("fulfilled")) return { text: t(L, "cancel_shipped", { orderName }), facts };
  if (e.blockers.includes("in_progress") || e.blockers.includes("closed")) {
    return { text: t(L, "cancel_in_progress", { orderName }), facts, handoff: { reason: "person_must_act" } };
  }
  if (e.botMayCancel) {
    return {
      text: t(L, "cancel_confirm", { orderName }),
      facts: { ...facts, proposedAction: { action: "cancel_order", orderId: order.id } },
    };
  }
  return { text: t(L, "cancel_by_person", { orderName }), facts, handoff: { reason: "person_must_act" } };
}

export function cancelledAnswer(order: Pick<OrderFacts, "id" | "name">, jobId: string | null, o: ComposeOptions): Answer {
  return { text: t(o.language, "cancel_done", { orderName: order.name }), facts: { kind: "order_cancelled", orderId: order.id, orderName: order.name, jobId } };
}

export function cancelFailedAnswer(order: Pick<OrderFacts, "id" | "name">, userErrors: AdminUserError[], o: ComposeOptions): Answer {
  return {
    text: t(o.language, "cancel_failed", { orderName: order.name, error: userErrors.map((e) => e.message).join("; ") || "?" }),
    facts: { kind: "cancel_failed", orderId: order.id, orderName: order.name, userErrors },
    handoff: { reason: "cancel_failed" },
  };
}

export function changeAnswer(order: OrderFacts, e: ChangeEligibility, o: ComposeOptions): Answer {
  const L = o.language;
  const orderName = order.name;
  const facts = { kind: "change_eligibility", orderId: order.id, orderName, ...e };
  if (e.blockers.includes("already_cancelled")) return { text: t(L, "change_cancelled", { orderName }), facts };
  if (e.blockers.includes("fulfilled")) return { text: t(L, "change_shipped", { orderName }), facts };
  if (e.blockers.includes("in_progress")) return { text: t(L, "cancel_in_progress", { orderName }), facts, handoff: { reason: "person_must_act" } };
  // The bot never edits orders itself: address and item changes affect payment and fulfillment.
  return { text: t(L, "change_by_person", { orderName }), facts, handoff: { reason: "person_must_act" } };
}
