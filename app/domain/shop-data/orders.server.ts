// Order lookups for shoppers, and the ownership checks that decide whether a shopper may see an order.
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import { toGid } from "./ids";
import type { DeliveryState, FulfillmentFacts, LookupOptions, OrderFacts } from "./types";
import type {
  HighestOrderNumberQuery,
  HighestOrderNumberQueryVariables,
  OrderByIdQuery,
  OrderByIdQueryVariables,
  OrderDetailsFragment,
  OrdersByNameQuery,
  OrdersByNameQueryVariables,
  RecentOrdersForCustomerQuery,
  RecentOrdersForCustomerQueryVariables,
} from "~/types/admin.generated";

/** Apps without read_all_orders only see orders from the last 60 days. */
export const DEFAULT_ORDER_WINDOW_DAYS = 60;

const ORDER_DETAILS_FRAGMENT = `#graphql
  fragment OrderDetails on Order {
    id
    name
    email
    phone
    createdAt
    processedAt
    cancelledAt
    cancelReason
    closed
    displayFinancialStatus
    displayFulfillmentStatus
    returnStatus
    totalPriceSet { shopMoney { amount currencyCode } }
    totalRefundedSet { shopMoney { amount currencyCode } }
    customer {
      id
      defaultEmailAddress { emailAddress }
      defaultPhoneNumber { phoneNumber }
    }
    risk { recommendation }
    lineItems(first: 20) {
      edges {
        node { id title variantTitle sku quantity currentQuantity unfulfilledQuantity }
      }
    }
    fulfillments(first: 5) {
      id
      status
      displayStatus
      createdAt
      inTransitAt
      estimatedDeliveryAt
      deliveredAt
      trackingInfo(first: 2) { company number url }
    }
    returns(first: 3) {
      edges { node { id name status createdAt } }
    }
  }
`;

export const ORDERS_BY_NAME_QUERY = `#graphql
  query OrdersByName($query: String!) {
    orders(first: 2, query: $query, sortKey: CREATED_AT, reverse: true) {
      edges { node { ...OrderDetails } }
    }
  }
  ${ORDER_DETAILS_FRAGMENT}
`;

export const ORDER_BY_ID_QUERY = `#graphql
  query OrderById($id: ID!) {
    order(id: $id) { ...OrderDetails }
  }
  ${ORDER_DETAILS_FRAGMENT}
`;

export const RECENT_ORDERS_FOR_CUSTOMER_QUERY = `#graphql
  query RecentOrdersForCustomer($customerId: ID!, $query: String!, $first: Int!) {
    customer(id: $customerId) { id numberOfOrders }
    orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) {
      edges { node { ...OrderDetails } }
    }
  }
  ${ORDER_DETAILS_FRAGMENT}
`;

/** The highest order number the app can see: tells "too old for the window" from "no such order". */
export const HIGHEST_ORDER_NUMBER_QUERY = `#graphql
  query HighestOrderNumber {
    orders(first: 1, sortKey: ORDER_NUMBER, reverse: true) { edges { node { id name } } }
  }
`;

// ---------------------------------------------------------------------------------------------------------
// Normalisation

const DISPLAY_STATE: Record<string, DeliveryState> = {
  LABEL_PRINTED: "label_created",
  LABEL_PURCHASED: "label_created",
  CONFIRMED: "label_created",
  SUBMITTED: "label_created",
  CARRIER_PICKED_UP: "in_transit",
  IN_TRANSIT: "in_transit",
  OUT_FOR_DELIVERY: "out_for_delivery",
  DELIVERED: "delivered",
  ATTEMPTED_DELIVERY: "attempted_delivery",
  READY_FOR_PICKUP: "ready_for_pickup",
  PICKED_UP: "picked_up",
  DELAYED: "delayed",
  FAILURE: "failed",
  NOT_DELIVERED: "failed",
  CANCELED: "cancelled",
  LABEL_VOIDED: "cancelled",
};

export function deliveryState(f: Pick<FulfillmentFacts, "status" | "displayStatus" | "deliveredAt" | "inTransitAt">): DeliveryState {
  if (f.status === "CANCELLED") return "cancelled";
  if (f.status === "FAILURE" || f.status === "ERROR") return "failed";
  const mapped = f.displayStatus ? DISPLAY_STATE[f.displayStatus] : undefined;
  if (mapped) return mapped;
  // FULFILLED / MARKED_AS_FULFILLED or no display status: fall back on the dates Shopify recorded.
  if (f.deliveredAt) return "delivered";
  if (f.inTransitAt) return "in_transit";
  return "fulfilled";
}

const money = (bag: OrderDetailsFragment["totalPriceSet"] | null | undefined) =>
  bag ? { amount: Number(bag.shopMoney.amount), currencyCode: bag.shopMoney.currencyCode } : null;

export function normalizeOrder(raw: OrderDetailsFragment): OrderFacts {
  return {
    id: raw.id,
    name: raw.name,
    email: raw.email ?? raw.customer?.defaultEmailAddress?.emailAddress ?? null,
    phone: raw.phone ?? raw.customer?.defaultPhoneNumber?.phoneNumber ?? null,
    customerId: raw.customer?.id ?? null,
    createdAt: raw.createdAt,
    processedAt: raw.processedAt ?? null,
    cancelledAt: raw.cancelledAt ?? null,
    cancelReason: raw.cancelReason ?? null,
    closed: Boolean(raw.closed),
    financialStatus: raw.displayFinancialStatus ?? null,
    fulfillmentStatus: raw.displayFulfillmentStatus,
    returnStatus: raw.returnStatus ?? null,
    total: money(raw.totalPriceSet),
    totalRefunded: money(raw.totalRefundedSet),
    riskRecommendation: raw.risk?.recommendation ?? null,
    lineItems: raw.lineItems.edges.map(({ node }) => ({
      id: node.id,
      title: node.title,
      variantTitle: node.variantTitle ?? null,
      sku: node.sku ?? null,
      quantity: node.quantity,
      currentQuantity: node.currentQuantity ?? node.quantity,
      unfulfilledQuantity: node.unfulfilledQuantity ?? 0,
    })),
    fulfillments: (raw.fulfillments ?? []).map((f) => {
      const facts = {
        id: f.id,
        status: f.status,
        displayStatus: f.displayStatus ?? null,
        createdAt: f.createdAt,
        inTransitAt: f.inTransitAt ?? null,
        estimatedDeliveryAt: f.estimatedDeliveryAt ?? null,
        deliveredAt: f.deliveredAt ?? null,
        tracking: (f.trackingInfo ?? []).map((t) => ({ company: t.company ?? null, number: t.number ?? null, url: t.url ?? null })),
      };
      return { ...facts, state: deliveryState(facts) };
    }),
    returns: (raw.returns?.edges ?? []).map(({ node }) => ({
      id: node.id,
      name: node.name,
      status: node.status,
      createdAt: node.createdAt ?? null,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Matching helpers

/** "#1001", "1001", " #1001 " all become "1001"; case-insensitive for suffixed names ("1001-A"). */
export function normalizeOrderNumber(value: string): string {
  return value.trim().replace(/^#+/, "").trim().toLowerCase();
}

/** Only characters that appear in order names go into the search query, so a shopper can't inject search syntax. */
export function safeOrderNumber(value: string): string | null {
  const n = normalizeOrderNumber(value);
  return /^[a-z0-9][a-z0-9-]{0,30}$/i.test(n) ? n : null;
}

export function emailsMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Digits only; a missing country code on one side still matches ("+1 503-555-0142" vs "503 555 0142"). */
export function phonesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  const da = (a ?? "").replace(/\D/g, "");
  const db = (b ?? "").replace(/\D/g, "");
  if (da.length < 7 || db.length < 7) return false;
  const [short, long] = da.length <= db.length ? [da, db] : [db, da];
  return long.endsWith(short) && long.length - short.length <= 3;
}

function orderNumberValue(name: string): number | null {
  const m = /(\d+)/.exec(name);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Lookups

export type OrderLookup =
  | { kind: "found"; order: OrderFacts; verifiedBy: "customer_account" | "email" | "phone"; otherRecentOrders: Array<Pick<OrderFacts, "id" | "name" | "createdAt" | "fulfillmentStatus">> }
  | { kind: "need"; missing: Array<"order_number" | "email"> }
  /** The order exists but the shopper didn't prove it's theirs. Carries nothing about the order. */
  | { kind: "not_verified"; orderNumber: string }
  | { kind: "not_found"; orderNumber: string }
  /** Older than the window the app can read (or before the first order the app can see). */
  | { kind: "not_found_maybe_old"; orderNumber: string | null; windowDays: number }
  /** Logged-in shopper without recent orders and without any orders at all. */
  | { kind: "no_orders" };

export interface ShopperIdentity {
  orderNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  /** From the signed app-proxy request (`logged_in_customer_id`), numeric or GID. */
  customerId?: string | null;
  /**
   * Without an order number, which of a signed-in shopper's recent orders the question is about: a delivery
   * problem is about a shipped order, a refund question about a refunded or cancelled one, a return about a
   * delivered one. Default: the latest.
   */
  prefer?: OrderPreference;
}

export type OrderPreference = "latest" | "shipped" | "refunded" | "returnable";

const SHIPPED_STATES = new Set(["delivered", "in_transit", "out_for_delivery", "attempted_delivery", "delayed", "failed", "fulfilled", "label_created"]);

const PREFERENCES: Record<Exclude<OrderPreference, "latest">, Array<(o: OrderFacts) => boolean>> = {
  shipped: [
    (o) => !o.cancelledAt && o.fulfillments.some((f) => f.state === "delivered"),
    (o) => !o.cancelledAt && o.fulfillments.some((f) => SHIPPED_STATES.has(f.state)),
  ],
  refunded: [(o) => (o.totalRefunded?.amount ?? 0) > 0, (o) => Boolean(o.cancelledAt)],
  returnable: [
    (o) => !o.cancelledAt && o.financialStatus !== "REFUNDED" && o.fulfillments.some((f) => f.state === "delivered" || f.state === "picked_up"),
    (o) => !o.cancelledAt && o.financialStatus !== "REFUNDED" && o.fulfillments.some((f) => SHIPPED_STATES.has(f.state)),
  ],
};

/** Newest first in, the order the question is about out (the newest that fits best), plus the others in order. */
export function pickOrder(orders: OrderFacts[], prefer: OrderPreference = "latest"): { order: OrderFacts; others: OrderFacts[] } | null {
  if (orders.length === 0) return null;
  let chosen = orders[0];
  if (prefer !== "latest") {
    for (const test of PREFERENCES[prefer]) {
      const hit = orders.find(test);
      if (hit) {
        chosen = hit;
        break;
      }
    }
  }
  return { order: chosen, others: orders.filter((o) => o !== chosen) };
}

export async function getOrderById(admin: AdminGraphql, id: string, options: LookupOptions = {}): Promise<OrderFacts | null> {
  const { data } = await runAdminQuery<OrderByIdQuery, OrderByIdQueryVariables>(admin, ORDER_BY_ID_QUERY, { id }, options);
  return data.order ? normalizeOrder(data.order) : null;
}

async function ordersByNumber(admin: AdminGraphql, orderNumber: string, options: LookupOptions): Promise<OrderFacts[]> {
  const { data } = await runAdminQuery<OrdersByNameQuery, OrdersByNameQueryVariables>(
    admin,
    ORDERS_BY_NAME_QUERY,
    { query: `name:${orderNumber}` },
    options,
  );
  // Search is fuzzy about prefixes/suffixes; the shopper's number must equal the order's name exactly.
  return data.orders.edges
    .map(({ node }) => normalizeOrder(node))
    .filter((o) => normalizeOrderNumber(o.name) === orderNumber);
}

export async function listRecentOrdersForCustomer(
  admin: AdminGraphql,
  customerId: string,
  options: LookupOptions & { first?: number } = {},
): Promise<{ orders: OrderFacts[]; customerExists: boolean; lifetimeOrderCount: number }> {
  const gid = toGid("Customer", customerId);
  const numericId = gid.split("/").pop();
  const { data } = await runAdminQuery<RecentOrdersForCustomerQuery, RecentOrdersForCustomerQueryVariables>(
    admin,
    RECENT_ORDERS_FOR_CUSTOMER_QUERY,
    { customerId: gid, query: `customer_id:${numericId}`, first: options.first ?? 3 },
    options,
  );
  const orders = data.orders.edges.map(({ node }) => normalizeOrder(node)).filter((o) => o.customerId === gid);
  return { orders, customerExists: data.customer != null, lifetimeOrderCount: Number(data.customer?.numberOfOrders ?? 0) };
}

async function classifyMissing(admin: AdminGraphql, orderNumber: string, options: LookupOptions): Promise<OrderLookup> {
  const { data } = await runAdminQuery<HighestOrderNumberQuery, HighestOrderNumberQueryVariables>(
    admin,
    HIGHEST_ORDER_NUMBER_QUERY,
    {},
    options,
  );
  const newest = data.orders.edges[0]?.node;
  const wanted = orderNumberValue(orderNumber);
  const newestValue = newest ? orderNumberValue(newest.name) : null;
  // Order numbers are handed out in sequence, so a number the shop has already reached but that isn't among the
  // visible orders was (almost always) placed before the window. A number beyond the newest one doesn't exist yet.
  if (wanted != null && (newestValue == null || wanted <= newestValue)) {
    return { kind: "not_found_maybe_old", orderNumber, windowDays: DEFAULT_ORDER_WINDOW_DAYS };
  }
  return { kind: "not_found", orderNumber };
}

function verifiedByContact(order: OrderFacts, who: ShopperIdentity): "email" | "phone" | null {
  if (who.email && emailsMatch(order.email, who.email)) return "email";
  if (who.phone && phonesMatch(order.phone, who.phone)) return "phone";
  return null;
}

/**
 * Finds the order a shopper is asking about, enforcing ownership:
 * - logged-in shopper (customerId from the signed proxy request): their own orders; without a number, the latest;
 * - guest: order number AND the order's email (or phone). A mismatch gives `not_verified` and nothing else.
 */
export async function findOrderForShopper(
  admin: AdminGraphql,
  who: ShopperIdentity,
  options: LookupOptions = {},
): Promise<OrderLookup> {
  const customerGid = who.customerId ? toGid("Customer", who.customerId) : null;
  const rawNumber = who.orderNumber?.trim() || null;

  if (!rawNumber) {
    if (!customerGid) return { kind: "need", missing: who.email || who.phone ? ["order_number"] : ["order_number", "email"] };
    const prefer = who.prefer ?? "latest";
    const recent = await listRecentOrdersForCustomer(admin, customerGid, { ...options, first: prefer === "latest" ? 3 : 5 });
    const picked = pickOrder(recent.orders, prefer);
    if (!picked) {
      return recent.lifetimeOrderCount > 0
        ? { kind: "not_found_maybe_old", orderNumber: null, windowDays: DEFAULT_ORDER_WINDOW_DAYS }
        : { kind: "no_orders" };
    }
    return {
      kind: "found",
      order: picked.order,
      verifiedBy: "customer_account",
      otherRecentOrders: picked.others.map((o) => ({ id: o.id, name: o.name, createdAt: o.createdAt, fulfillmentStatus: o.fulfillmentStatus })),
    };
  }

  const orderNumber = safeOrderNumber(rawNumber);
  if (!orderNumber) return { kind: "not_found", orderNumber: normalizeOrderNumber(rawNumber) };
  if (!customerGid && !who.email && !who.phone) return { kind: "need", missing: ["email"] };

  const matches = await ordersByNumber(admin, orderNumber, options);
  if (matches.length === 0) return classifyMissing(admin, orderNumber, options);

  for (const order of matches) {
    if (customerGid && order.customerId === customerGid) {
      return { kind: "found", order, verifiedBy: "customer_account", otherRecentOrders: [] };
    }
    const by = verifiedByContact(order, who);
    if (by) return { kind: "found", order, verifiedBy: by, otherRecentOrders: [] };
  }
  return { kind: "not_verified", orderNumber };
}
