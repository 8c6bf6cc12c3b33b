/* eslint-disable @typescript-eslint/no-explicit-any -- seed objects are loosely typed GraphQL-shaped records */
import type { ResolverContext } from "./resolvers.server";
import { lookupNode } from "./resolvers.server";
import { gid, moneyBag, SEED_LOCATIONS } from "./seed.server";
import { indexOrder, simulatedNowMs, type ShopState } from "./state.server";

type Rec = Record<string, any>;

/**
 * What is still returnable per fulfillment line item: fulfilled quantity minus what active returns (not declined or
 * canceled) already claim, minus refunds made without a return. Gift cards are never returnable; neither are lines
 * of cancelled orders. User-error messages below approximate Shopify's wording; codes come from the real enums.
 */
export function returnableLineItems(state: ShopState, order: Rec, fulfillment: Rec): { fulfillmentLineItem: Rec; quantity: number }[] {
  if (order.cancelledAt || fulfillment.status !== "SUCCESS") return [];
  return (fulfillment.fulfillmentLineItems as Rec[]).map((fli) => {
    const lineItem = state.byId.get(fli.lineItemId) as Rec;
    if (lineItem.isGiftCard) return { fulfillmentLineItem: fli, quantity: 0 };
    const claimed = (order.returns as Rec[])
      .filter((r) => r.status !== "DECLINED" && r.status !== "CANCELED")
      .flatMap((r) => r.returnLineItems as Rec[])
      .filter((rli) => rli.fulfillmentLineItemId === fli.id)
      .reduce((a, rli) => a + rli.quantity, 0);
    const unavailable = Math.max(claimed, Math.min(lineItem.refundedQuantity ?? 0, fli.quantity));
    return { fulfillmentLineItem: fli, quantity: Math.max(0, fli.quantity - unavailable) };
  });
}

interface ReturnLineInput {
  fulfillmentLineItemId: string;
  quantity: number;
  customerNote?: string | null;
  returnReasonNote?: string | null;
  returnReason?: string | null;
  returnReasonDefinitionId?: string | null;
}

type UserError = { __typename: string; field: string[] | null; message: string; code: string | null };
const returnError = (field: (string | number)[], message: string, code: string): UserError => ({
  __typename: "ReturnUserError",
  field: field.map(String),
  message,
  code,
});

function validateReturn(ctx: ResolverContext, root: string, input: { orderId: string; returnLineItems: ReturnLineInput[] }) {
  const errors: UserError[] = [];
  const order = lookupNode(ctx, input.orderId, "Order");
  if (!order) return { order: null, errors: [returnError([root, "orderId"], "Order does not exist.", "NOT_FOUND")] };
  if (order.cancelledAt) errors.push(returnError([root, "orderId"], "Order is cancelled and can't be returned.", "INVALID_STATE"));
  if (input.returnLineItems.length === 0) {
    errors.push(returnError([root, "returnLineItems"], "Return line items can't be blank.", "BLANK"));
  }
  const returnable = new Map<string, number>();
  for (const f of order.fulfillments as Rec[]) {
    for (const r of returnableLineItems(ctx.state, order, f)) returnable.set(r.fulfillmentLineItem.id, r.quantity);
  }
  const requested = new Map<string, number>();
  input.returnLineItems.forEach((line, i) => {
    const path = [root, "returnLineItems", i];
    if (!returnable.has(line.fulfillmentLineItemId)) {
      errors.push(returnError([...path, "fulfillmentLineItemId"], "Fulfillment line item does not exist.", "NOT_FOUND"));
      return;
    }
    if (line.quantity < 1) {
      errors.push(returnError([...path, "quantity"], "Quantity must be greater than 0.", "GREATER_THAN"));
      return;
    }
    if (line.returnReasonDefinitionId && !ctx.state.byId.has(line.returnReasonDefinitionId)) {
      errors.push(returnError([...path, "returnReasonDefinitionId"], "Return reason definition does not exist.", "NOT_FOUND"));
    }
    const total = (requested.get(line.fulfillmentLineItemId) ?? 0) + line.quantity;
    requested.set(line.fulfillmentLineItemId, total);
    const available = returnable.get(line.fulfillmentLineItemId)!;
    if (total > available) {
      errors.push(
        returnError(
          [...path, "quantity"],
          available === 0
            ? "Fulfillment line item has no returnable quantity."
            : `Quantity ${total} exceeds the returnable quantity of ${available}.`,
          "INVALID",
        ),
      );
    }
  });
  return { order, errors };
}

const LEGACY_REASON_TO_HANDLE: Record<string, string> = {
  COLOR: "color",
  DEFECTIVE: "defective",
  NOT_AS_DESCRIBED: "not-as-described",
  SIZE_TOO_LARGE: "size-too-large",
  SIZE_TOO_SMALL: "size-too-small",
  STYLE: "style",
  UNWANTED: "unwanted",
  WRONG_ITEM: "wrong-item",
  OTHER: "other",
  UNKNOWN: "other",
};

function createReturn(ctx: ResolverContext, order: Rec, lines: ReturnLineInput[], status: "REQUESTED" | "OPEN"): Rec {
  const state = ctx.state;
  const now = new Date(simulatedNowMs(state)).toISOString();
  const num = state.data.nextIds.return++;
  const reasons = state.data.returnReasonDefinitions as Rec[];
  const ret: Rec = {
    __typename: "Return",
    id: gid("Return", num),
    name: `${order.name}-R${order.returns.length + 1}`,
    status,
    createdAt: now,
    closedAt: null,
    requestApprovedAt: status === "OPEN" ? now : null,
    orderId: order.id,
    totalQuantity: lines.reduce((a, l) => a + l.quantity, 0),
    returnShippingFees: [],
    returnLineItems: lines.map((line) => {
      const definition =
        (line.returnReasonDefinitionId && reasons.find((r) => r.id === line.returnReasonDefinitionId)) ||
        reasons.find((r) => r.handle === LEGACY_REASON_TO_HANDLE[line.returnReason ?? "UNKNOWN"]);
      const legacy = definition ? Object.entries(LEGACY_REASON_TO_HANDLE).find(([, h]) => h === definition.handle)?.[0] : "UNKNOWN";
      return {
        __typename: "ReturnLineItem",
        id: gid("ReturnLineItem", state.data.nextIds.returnLineItem++),
        quantity: line.quantity,
        fulfillmentLineItemId: line.fulfillmentLineItemId,
        returnReasonDefinitionId: definition?.id ?? null,
        returnReason: legacy ?? "UNKNOWN",
        returnReasonNote: line.returnReasonNote ?? "",
        customerNote: line.customerNote ?? null,
        processedQuantity: 0,
        unprocessedQuantity: line.quantity,
        processableQuantity: status === "OPEN" ? line.quantity : 0,
        refundedQuantity: 0,
        refundableQuantity: status === "OPEN" ? line.quantity : 0,
      };
    }),
  };
  order.returns.push(ret);
  order.updatedAt = now;
  indexOrder(state, order as Rec & { __typename: string; id: string });
  return ret;
}

export function returnRequest(ctx: ResolverContext, input: Rec) {
  const { order, errors } = validateReturn(ctx, "input", input as any);
  if (!order || errors.length > 0) return { __typename: "ReturnRequestPayload", return: null, userErrors: errors };
  return { __typename: "ReturnRequestPayload", return: createReturn(ctx, order, input.returnLineItems, "REQUESTED"), userErrors: [] };
}

export function returnCreate(ctx: ResolverContext, input: Rec) {
  const { order, errors } = validateReturn(ctx, "returnInput", input as any);
  if (!order || errors.length > 0) return { __typename: "ReturnCreatePayload", return: null, userErrors: errors };
  return { __typename: "ReturnCreatePayload", return: createReturn(ctx, order, input.returnLineItems, "OPEN"), userErrors: [] };
}

/** Moves a return between statuses the way the merchant's approve/decline/cancel buttons do. */
function transitionReturn(ctx: ResolverContext, payloadType: string, id: string, from: string[], apply: (ret: Rec, now: string) => void, field: string[]) {
  const ret = lookupNode(ctx, id, "Return");
  if (!ret) return { __typename: payloadType, return: null, userErrors: [returnError(field, "Return does not exist.", "NOT_FOUND")] };
  if (!from.includes(ret.status)) {
    return { __typename: payloadType, return: null, userErrors: [returnError(field, `Return is ${String(ret.status).toLowerCase()} and can't be changed this way.`, "INVALID_STATE")] };
  }
  const now = new Date(simulatedNowMs(ctx.state)).toISOString();
  apply(ret, now);
  return { __typename: payloadType, return: ret, userErrors: [] };
}

export function returnApproveRequest(ctx: ResolverContext, input: Rec) {
  return transitionReturn(ctx, "ReturnApproveRequestPayload", input.id, ["REQUESTED"], (ret, now) => {
    ret.status = "OPEN";
    ret.requestApprovedAt = now;
    for (const line of ret.returnLineItems as Rec[]) {
      line.processableQuantity = line.quantity;
      line.refundableQuantity = line.quantity;
    }
  }, ["input", "id"]);
}

export function returnDeclineRequest(ctx: ResolverContext, input: Rec) {
  return transitionReturn(ctx, "ReturnDeclineRequestPayload", input.id, ["REQUESTED"], (ret) => {
    ret.status = "DECLINED";
    ret.decline = { __typename: "ReturnDecline", reason: input.declineReason, note: input.declineNote ?? null };
  }, ["input", "id"]);
}

export function returnCancel(ctx: ResolverContext, id: string) {
  return transitionReturn(ctx, "ReturnCancelPayload", id, ["REQUESTED", "OPEN"], (ret) => {
    ret.status = "CANCELED";
  }, ["id"]);
}

// ---------------------------------------------------------------------------------------------------------------
// orderCancel

const cancelError = (field: string[] | null, message: string, code: string): UserError => ({
  __typename: "OrderCancelUserError",
  field,
  message,
  code,
});

function restock(state: ShopState, order: Rec): void {
  const portland = SEED_LOCATIONS.portland.id;
  for (const line of order.lineItems as Rec[]) {
    const quantity = line.unfulfilledQuantity as number;
    const variant = state.byId.get(line.variantId) as Rec | undefined;
    if (!variant || quantity <= 0) continue;
    const level = state.data.inventoryLevels.find((l) => l.itemId === variant.inventoryItemId && l.locationId === portland) as Rec | undefined;
    if (!level) continue;
    const q = level.quantitiesByName;
    const released = Math.min(q.committed, quantity);
    q.committed -= released;
    q.available += released;
    variant.inventoryQuantity += released;
    variant.availableForSale = variant.inventoryQuantity > 0;
    const product = state.byId.get(variant.productId) as Rec;
    product.totalInventory += released;
  }
}

export function orderCancel(ctx: ResolverContext, args: Rec) {
  const payload = (errors: UserError[], job: Rec | null = null) => ({
    __typename: "OrderCancelPayload",
    job,
    orderCancelUserErrors: errors,
    userErrors: errors.map((e) => ({ __typename: "UserError", field: e.field, message: e.message })),
  });
  const order = lookupNode(ctx, args.orderId, "Order");
  if (!order) return payload([cancelError(["orderId"], "Order does not exist", "NOT_FOUND")]);
  if (order.cancelledAt) return payload([cancelError(["orderId"], "Order has already been cancelled", "INVALID")]);
  const paid = Number(order.totalReceivedSet.shopMoney.amount) > 0;
  if (paid && (order.fulfillments as Rec[]).some((f) => f.status === "SUCCESS")) {
    return payload([cancelError(["orderId"], "Cannot cancel an order that is paid and has fulfillments", "INVALID")]);
  }
  const method = args.refundMethod as Rec | undefined;
  if (method?.storeCreditRefund && !order.customerId) {
    return payload([cancelError(["refundMethod", "storeCreditRefund"], "A customer is required to refund to store credit", "STORE_CREDIT_REFUND_MISSING_CUSTOMER")]);
  }
  const refund = Boolean(method?.originalPaymentMethodsRefund || method?.storeCreditRefund || args.refund);

  const state = ctx.state;
  const nowMs = simulatedNowMs(state);
  const now = new Date(nowMs).toISOString();
  if (args.restock) restock(state, order);
  const total = Number(order.totalPriceSet.shopMoney.amount);
  order.cancelledAt = now;
  order.cancelReason = args.reason;
  order.closed = true;
  order.closedAt = now;
  order.updatedAt = now;
  order.fulfillable = false;
  order.staffNote = args.staffNote ?? null;
  order.customerNotifiedOfCancellation = Boolean(args.notifyCustomer);
  if (!paid) {
    order.displayFinancialStatus = "VOIDED";
  } else if (refund) {
    order.displayFinancialStatus = "REFUNDED";
    order.totalRefundedSet = moneyBag(total);
    order.currentTotalPriceSet = moneyBag(0);
    order.netPaymentSet = moneyBag(0);
  }
  for (const line of order.lineItems as Rec[]) {
    line.nonFulfillableQuantity = line.quantity;
    line.unfulfilledQuantity = 0;
    line.currentQuantity = 0;
    if (refund) {
      line.refundedQuantity = line.quantity;
      line.refundableQuantity = 0;
    }
  }
  // Shopify cancels asynchronously; the job reports done about a second later.
  const jobNum = state.data.nextIds.job++;
  const jobId = gid("Job", `00000000-0000-4000-8000-${String(jobNum).padStart(12, "0")}`);
  state.jobs.set(jobId, { id: jobId, doneAtMs: nowMs + 1000 });
  return payload([], { __typename: "Job", id: jobId, done: false });
}
