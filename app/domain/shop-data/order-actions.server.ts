// Cancelling or changing an order: eligibility rules, and cancellation when the merchant lets the bot do it.
import { runAdminQuery, userErrorsOf, type AdminGraphql, type AdminUserError } from "./admin-api.server";
import { getOrderById } from "./orders.server";
import type { LookupOptions, OrderFacts } from "./types";
import type { OrderCancelMutation, OrderCancelMutationVariables } from "~/types/admin.generated";
import type { OrderCancelReason } from "~/types/admin.types";

export const ORDER_CANCEL_MUTATION = `#graphql
  mutation OrderCancel(
    $orderId: ID!
    $reason: OrderCancelReason!
    $restock: Boolean!
    $notifyCustomer: Boolean
    $refundMethod: OrderCancelRefundMethodInput
    $staffNote: String
  ) {
    orderCancel(
      orderId: $orderId
      reason: $reason
      restock: $restock
      notifyCustomer: $notifyCustomer
      refundMethod: $refundMethod
      staffNote: $staffNote
    ) {
      job { id done }
      orderCancelUserErrors { field message code }
    }
  }
`;

export type CancelBlocker =
  | "already_cancelled"
  | "fulfilled" // something already shipped
  | "in_progress" // a fulfillment is being prepared / on hold
  | "refunded" // money already moved: a person must look
  | "payment_state" // e.g. partially paid, voided
  | "risk" // Shopify recommends investigating / cancelling for fraud
  | "has_returns"
  | "closed"
  | "bot_cancellation_disabled";

export interface CancelEligibility {
  /** Could the order be cancelled at all (by a person) right now? */
  cancellable: boolean;
  /** May the bot cancel it itself? Requires the merchant's opt-in and a financially uneventful order. */
  botMayCancel: boolean;
  blockers: CancelBlocker[];
}

const UNFULFILLED = new Set(["UNFULFILLED", "OPEN", "SCHEDULED"]);
const SAFE_FINANCIAL = new Set(["PAID", "AUTHORIZED", "PENDING"]);
const SAFE_RISK = new Set(["ACCEPT", "NONE", ""]);

export function getCancelEligibility(order: OrderFacts, settings: { allowBotCancellation: boolean }): CancelEligibility {
  const blockers: CancelBlocker[] = [];
  if (order.cancelledAt) blockers.push("already_cancelled");
  else {
    const shipped = order.fulfillments.some((f) => f.state !== "cancelled");
    if (shipped || order.fulfillmentStatus === "FULFILLED" || order.fulfillmentStatus === "PARTIALLY_FULFILLED") {
      blockers.push("fulfilled");
    } else if (!UNFULFILLED.has(order.fulfillmentStatus)) blockers.push("in_progress");
    if (order.closed) blockers.push("closed");
  }
  // A person could still cancel in these cases, but money or fraud is involved, so the bot never does.
  const personOnly: CancelBlocker[] = [];
  if (order.financialStatus === "REFUNDED" || order.financialStatus === "PARTIALLY_REFUNDED" || (order.totalRefunded?.amount ?? 0) > 0) {
    personOnly.push("refunded");
  } else if (order.financialStatus && !SAFE_FINANCIAL.has(order.financialStatus)) personOnly.push("payment_state");
  if (order.riskRecommendation && !SAFE_RISK.has(order.riskRecommendation)) personOnly.push("risk");
  if (order.returns.length > 0) personOnly.push("has_returns");
  if (!settings.allowBotCancellation) personOnly.push("bot_cancellation_disabled");

  const cancellable = blockers.length === 0;
  return { cancellable, botMayCancel: cancellable && personOnly.length === 0, blockers: [...blockers, ...personOnly] };
}

export interface ChangeEligibility {
  /** Still unfulfilled and not cancelled: a person can change address/items/size. */
  changeable: boolean;
  blockers: Array<"already_cancelled" | "fulfilled" | "in_progress">;
}

export function getChangeEligibility(order: OrderFacts): ChangeEligibility {
  if (order.cancelledAt) return { changeable: false, blockers: ["already_cancelled"] };
  if (order.fulfillments.some((f) => f.state !== "cancelled") || order.fulfillmentStatus === "FULFILLED" || order.fulfillmentStatus === "PARTIALLY_FULFILLED") {
    return { changeable: false, blockers: ["fulfilled"] };
  }
  if (!UNFULFILLED.has(order.fulfillmentStatus)) return { changeable: false, blockers: ["in_progress"] };
  return { changeable: true, blockers: [] };
}

export type CancelResult =
  | { kind: "cancelled"; orderId: string; orderName: string; jobId: string | null }
  | { kind: "not_allowed"; orderId: string; orderName: string; blockers: CancelBlocker[] }
  | { kind: "failed"; orderId: string; orderName: string; userErrors: AdminUserError[] };

/**
 * Cancels the order only if the merchant allows bot cancellation and the order (re-read now, not from the
 * conversation's earlier lookup) is unfulfilled and financially uneventful. Refunds to the original payment method,
 * restocks, and lets Shopify email the customer.
 */
export async function cancelOrder(
  admin: AdminGraphql,
  order: Pick<OrderFacts, "id" | "name">,
  settings: { allowBotCancellation: boolean },
  options: LookupOptions = {},
): Promise<CancelResult> {
  if (!settings.allowBotCancellation) {
    return { kind: "not_allowed", orderId: order.id, orderName: order.name, blockers: ["bot_cancellation_disabled"] };
  }
  const fresh = await getOrderById(admin, order.id, options);
  if (!fresh) return { kind: "not_allowed", orderId: order.id, orderName: order.name, blockers: ["already_cancelled"] };
  const eligibility = getCancelEligibility(fresh, settings);
  if (!eligibility.botMayCancel) {
    return { kind: "not_allowed", orderId: fresh.id, orderName: fresh.name, blockers: eligibility.blockers };
  }
  const { data } = await runAdminQuery<OrderCancelMutation, OrderCancelMutationVariables>(
    admin,
    ORDER_CANCEL_MUTATION,
    {
      orderId: fresh.id,
      // Generated enums are declarations only (no runtime object), so the wire value is named and cast.
      reason: "CUSTOMER" as OrderCancelReason,
      restock: true,
      notifyCustomer: true,
      refundMethod: { originalPaymentMethodsRefund: true },
      staffNote: "Cancelled by the Switchboard assistant at the customer's request.",
    },
    options,
  );
  const userErrors = userErrorsOf(data.orderCancel, "orderCancelUserErrors");
  if (userErrors.length > 0 || !data.orderCancel) {
    return { kind: "failed", orderId: fresh.id, orderName: fresh.name, userErrors };
  }
  return { kind: "cancelled", orderId: fresh.id, orderName: fresh.name, jobId: data.orderCancel.job?.id ?? null };
}
