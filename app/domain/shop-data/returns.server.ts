// Return eligibility (what Shopify says is returnable, within the merchant's window) and return requests.
import { runAdminQuery, userErrorsOf, type AdminGraphql, type AdminUserError } from "./admin-api.server";
import { deliveryState } from "./orders.server";
import type { LookupOptions, OrderFacts, ReturnSummary } from "./types";
import type {
  OrderReturnsQuery,
  OrderReturnsQueryVariables,
  ReturnableFulfillmentsQuery,
  ReturnReasonDefinitionsQuery,
  ReturnReasonDefinitionsQueryVariables,
  ReturnableFulfillmentsQueryVariables,
  ReturnRequestMutation,
  ReturnRequestMutationVariables,
} from "~/types/admin.generated";

const DAY_MS = 24 * 60 * 60 * 1000;

export const RETURNABLE_FULFILLMENTS_QUERY = `#graphql
  query ReturnableFulfillments($orderId: ID!) {
    returnableFulfillments(orderId: $orderId, first: 3) {
      edges {
        node {
          id
          fulfillment { id status displayStatus createdAt inTransitAt deliveredAt }
          returnableFulfillmentLineItems(first: 10) {
            edges {
              node {
                quantity
                fulfillmentLineItem { id lineItem { id title variantTitle } }
              }
            }
          }
        }
      }
    }
  }
`;

export const RETURN_REQUEST_MUTATION = `#graphql
  mutation ReturnRequest($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      return { id name status createdAt totalQuantity }
      userErrors { field message code }
    }
  }
`;

// Shopify's return reasons are definitions with stable handles ("size-too-small"); the request takes their ids
// (`returnReasonDefinitionId`; the `returnReason` enum is deprecated in this API version).
export const RETURN_REASON_DEFINITIONS_QUERY = `#graphql
  query ReturnReasonDefinitions($handles: [String!]) {
    returnReasonDefinitions(first: 20, handles: $handles) {
      nodes { id handle name deleted }
    }
  }
`;

export const ORDER_RETURNS_QUERY = `#graphql
  query OrderReturns($id: ID!) {
    order(id: $id) {
      id
      name
      returnStatus
      returns(first: 10) {
        edges { node { id name status createdAt totalQuantity } }
      }
    }
  }
`;

export interface ReturnableItem {
  fulfillmentLineItemId: string;
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  /** How many can still be returned (Shopify already subtracts earlier returns and refunds). */
  quantity: number;
  deliveredAt: string | null;
  /** Last day (ISO) the merchant's window allows; null while not delivered. */
  returnBy: string | null;
  status: "eligible" | "window_closed" | "not_delivered";
}

export type ReturnIneligibleReason =
  | "cancelled"
  | "not_fulfilled"
  | "not_delivered"
  | "window_closed"
  | "nothing_returnable";

export interface ReturnEligibility {
  orderId: string;
  orderName: string;
  eligible: boolean;
  reason: ReturnIneligibleReason | null;
  windowDays: number;
  /** Items that can be returned now. */
  items: ReturnableItem[];
  /** Items Shopify would take back but the window or delivery state rules out. */
  otherItems: ReturnableItem[];
  existingReturns: ReturnSummary[];
}

export async function getReturnEligibility(
  admin: AdminGraphql,
  order: OrderFacts,
  policy: { returnWindowDays: number; now?: Date },
  options: LookupOptions = {},
): Promise<ReturnEligibility> {
  const base = {
    orderId: order.id,
    orderName: order.name,
    windowDays: policy.returnWindowDays,
    existingReturns: order.returns,
  };
  if (order.cancelledAt) return { ...base, eligible: false, reason: "cancelled", items: [], otherItems: [] };
  if (order.fulfillments.every((f) => f.state === "cancelled")) {
    return { ...base, eligible: false, reason: "not_fulfilled", items: [], otherItems: [] };
  }

  const now = (policy.now ?? new Date()).getTime();
  const { data } = await runAdminQuery<ReturnableFulfillmentsQuery, ReturnableFulfillmentsQueryVariables>(
    admin,
    RETURNABLE_FULFILLMENTS_QUERY,
    { orderId: order.id },
    options,
  );

  const all: ReturnableItem[] = data.returnableFulfillments.edges.flatMap(({ node }) => {
    const f = node.fulfillment;
    const state = deliveryState({
      status: f.status,
      displayStatus: f.displayStatus ?? null,
      deliveredAt: f.deliveredAt ?? null,
      inTransitAt: f.inTransitAt ?? null,
    });
    // Without carrier data ("fulfilled", "picked_up") the shipment date is the only date we have; counting from it
    // is the conservative choice (the window can only look shorter than it is).
    const reference =
      f.deliveredAt ?? (state === "fulfilled" || state === "picked_up" || state === "delivered" ? f.createdAt : null);
    const returnBy = reference ? new Date(Date.parse(reference) + policy.returnWindowDays * DAY_MS).toISOString() : null;
    const status: ReturnableItem["status"] = !returnBy
      ? "not_delivered"
      : Date.parse(returnBy) >= now && policy.returnWindowDays > 0
        ? "eligible"
        : "window_closed";
    return node.returnableFulfillmentLineItems.edges
      .filter((e) => e.node.quantity > 0)
      .map(({ node: li }) => ({
        fulfillmentLineItemId: li.fulfillmentLineItem.id,
        lineItemId: li.fulfillmentLineItem.lineItem.id,
        title: li.fulfillmentLineItem.lineItem.title,
        variantTitle: li.fulfillmentLineItem.lineItem.variantTitle ?? null,
        quantity: li.quantity,
        deliveredAt: f.deliveredAt ?? null,
        returnBy,
        status,
      }));
  });

  const items = all.filter((i) => i.status === "eligible");
  const otherItems = all.filter((i) => i.status !== "eligible");
  let reason: ReturnIneligibleReason | null = null;
  if (items.length === 0) {
    if (order.fulfillments.length === 0) reason = "not_fulfilled";
    else if (otherItems.some((i) => i.status === "not_delivered")) reason = "not_delivered";
    else if (otherItems.length > 0) reason = "window_closed";
    else reason = "nothing_returnable";
  }
  return { ...base, eligible: items.length > 0, reason, items, otherItems };
}

export type ReturnRequestResult =
  | { ok: true; return: { id: string; name: string; status: string; totalQuantity: number | null } }
  | { ok: false; userErrors: AdminUserError[] };

/**
 * Creates a return in REQUESTED state (the merchant approves or declines it). Shopify's userErrors come back as
 * `{ok: false}`; only an unreachable API throws (ShopDataUnavailableError).
 */
export async function createReturnRequest(
  admin: AdminGraphql,
  request: {
    orderId: string;
    items: Array<{ fulfillmentLineItemId: string; quantity: number; returnReasonDefinitionId?: string | null }>;
    /** The shopper's own words about the return, for the merchant (Shopify allows 300 characters). */
    note?: string | null;
  },
  options: LookupOptions = {},
): Promise<ReturnRequestResult> {
  const note = request.note?.trim().slice(0, 300) || undefined;
  const input = {
    orderId: request.orderId,
    returnLineItems: request.items.map((i) => ({
      fulfillmentLineItemId: i.fulfillmentLineItemId,
      quantity: i.quantity,
      ...(i.returnReasonDefinitionId ? { returnReasonDefinitionId: i.returnReasonDefinitionId } : {}),
      ...(note ? { customerNote: note } : {}),
    })),
  };
  const { data } = await runAdminQuery<ReturnRequestMutation, ReturnRequestMutationVariables>(
    admin,
    RETURN_REQUEST_MUTATION,
    { input },
    options,
  );
  const payload = data.returnRequest;
  const userErrors = userErrorsOf(payload);
  if (userErrors.length > 0 || !payload?.return) {
    return { ok: false, userErrors: userErrors.length ? userErrors : [{ field: null, message: "No return was created", code: null }] };
  }
  return { ok: true, return: payload.return };
}

export async function listOrderReturns(admin: AdminGraphql, orderId: string, options: LookupOptions = {}): Promise<ReturnSummary[]> {
  const { data } = await runAdminQuery<OrderReturnsQuery, OrderReturnsQueryVariables>(
    admin,
    ORDER_RETURNS_QUERY,
    { id: orderId },
    options,
  );
  return (data.order?.returns.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name, status: node.status, createdAt: node.createdAt ?? null }));
}

/**
 * The ids of Shopify's return reason definitions for `handles`. A handle the shop no longer offers (deleted) is left
 * out: the request then goes without a reason for that line rather than with an outdated one.
 */
export async function getReturnReasonIds(admin: AdminGraphql, handles: string[], options: LookupOptions = {}): Promise<Record<string, string>> {
  if (handles.length === 0) return {};
  const { data } = await runAdminQuery<ReturnReasonDefinitionsQuery, ReturnReasonDefinitionsQueryVariables>(
    admin,
    RETURN_REASON_DEFINITIONS_QUERY,
    { handles: [...new Set(handles)] },
    options,
  );
  return Object.fromEntries(data.returnReasonDefinitions.nodes.filter((d) => !d.deleted).map((d) => [d.handle, d.id]));
}
