/* eslint-disable @typescript-eslint/no-explicit-any -- seed objects are loosely typed GraphQL-shaped records */
import {
  GraphQLError,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from "graphql";
import { enforceFieldAccess, enforceTypeAccess } from "./access.server";
import { toConnection, type ConnectionArgs } from "./connection.server";
import {
  orderCancel,
  returnableLineItems,
  returnApproveRequest,
  returnCancel,
  returnCreate,
  returnDeclineRequest,
  returnRequest,
} from "./mutations.server";
import {
  compareMatches,
  exactMatches,
  legacyId,
  matchesSearch,
  parseSearchQuery,
  textMatches,
  type FieldMatcher,
  type SearchTerm,
} from "./search-query.server";
import { gid, money } from "./seed.server";
import { orderWindowStartMs, simulatedNowMs, type ShopState } from "./state.server";

type Rec = Record<string, any>;
export interface ResolverContext {
  state: ShopState;
}
type Resolver = (source: Rec, args: Rec, ctx: ResolverContext, info: GraphQLResolveInfo) => unknown;

// ---------------------------------------------------------------------------------------------------------------
// Lookups and visibility

const byId = (ctx: ResolverContext, id: unknown): Rec | null => (typeof id === "string" ? (ctx.state.byId.get(id) ?? null) : null);

function orderOf(ctx: ResolverContext, id: string): Rec | null {
  let current: string | undefined = id;
  while (current) {
    const obj = ctx.state.byId.get(current);
    if (obj?.__typename === "Order") return obj;
    current = ctx.state.parentOf.get(current);
  }
  return null;
}

/** Without read_all_orders, orders older than 60 days (and everything hanging off them) are invisible. */
export function orderVisible(ctx: ResolverContext, order: Rec): boolean {
  return Date.parse(order.createdAt) >= orderWindowStartMs(ctx.state);
}

function visibleOrders(ctx: ResolverContext): Rec[] {
  return ctx.state.data.orders.filter((o) => orderVisible(ctx, o));
}

/** node(id) semantics: unknown ids and objects of invisible orders resolve to null. */
export function lookupNode(ctx: ResolverContext, id: string, typename?: string): Rec | null {
  const obj = byId(ctx, id);
  if (!obj || (typename && obj.__typename !== typename)) return null;
  const order = orderOf(ctx, id);
  if (order && !orderVisible(ctx, order)) return null;
  return obj;
}

const count = (n: number) => ({ __typename: "Count", count: n, precision: "EXACT" });

// ---------------------------------------------------------------------------------------------------------------
// Search and sort

const dateTerm = (value: string | undefined, term: SearchTerm) => {
  if (!value) return false;
  const target = Date.parse(term.value);
  if (Number.isNaN(target)) return undefined;
  const v = Date.parse(value);
  // A bare date compares by day, like Shopify (`created_at:2026-11-20` means that whole day).
  if (term.comparator === ":" && /^\d{4}-\d{2}-\d{2}$/.test(term.value)) return v >= target && v < target + 86_400_000;
  return compareMatches(v, term, target);
};

const numberTerm = (value: number, term: SearchTerm) => {
  const target = Number(term.value);
  return Number.isNaN(target) ? undefined : compareMatches(value, term, target);
};

const idTerm = (id: string, term: { value: string }) => legacyId(id) === legacyId(term.value);

const ORDER_FIELDS: Record<string, FieldMatcher<Rec>> = {
  name: (o, t) => o.name.replace(/^#/, "").toLowerCase() === t.value.replace(/^#/, "").toLowerCase() || (t.prefix && o.name.replace(/^#/, "").startsWith(t.value.replace(/^#/, ""))),
  email: (o, t) => exactMatches(o.email, t),
  customer_id: (o, t) => (o.customerId ? idTerm(o.customerId, t) : false),
  id: (o, t) => (t.comparator === ":" ? idTerm(o.id, t) : numberTerm(Number(legacyId(o.id)), t)),
  status: (o, t) => {
    const v = t.value.toLowerCase();
    if (v === "any") return true;
    if (v === "open") return !o.closed && !o.cancelledAt;
    if (v === "closed") return Boolean(o.closed) && !o.cancelledAt;
    if (v === "cancelled" || v === "canceled") return Boolean(o.cancelledAt);
    if (v === "not_closed") return !o.closed;
    return undefined;
  },
  fulfillment_status: (o, t) => {
    const v = t.value.toLowerCase();
    const s = o.displayFulfillmentStatus;
    if (v === "any") return true;
    if (v === "shipped" || v === "fulfilled") return s === "FULFILLED";
    if (v === "partial") return s === "PARTIALLY_FULFILLED";
    if (v === "unshipped") return s === "UNFULFILLED";
    if (v === "unfulfilled") return s === "UNFULFILLED" || s === "PARTIALLY_FULFILLED";
    return s.toLowerCase() === v;
  },
  financial_status: (o, t) => t.value.toLowerCase() === "any" || String(o.displayFinancialStatus).toLowerCase() === t.value.toLowerCase(),
  return_status: (o, t) => returnStatusOf(o).toLowerCase() === t.value.toLowerCase(),
  created_at: (o, t) => dateTerm(o.createdAt, t),
  processed_at: (o, t) => dateTerm(o.processedAt, t),
  updated_at: (o, t) => dateTerm(o.updatedAt, t),
  tag: (o, t) => o.tags.some((tag: string) => exactMatches(tag, t)),
  sku: (o, t) => o.lineItems.some((l: Rec) => exactMatches(l.sku, t)),
  test: (o, t) => String(o.test) === t.value.toLowerCase(),
};
const orderFreeText: FieldMatcher<Rec> = (o, t) =>
  ORDER_FIELDS.name(o, t) === true ||
  exactMatches(o.email, t) ||
  o.lineItems.some((l: Rec) => textMatches(l.name, t) || exactMatches(l.sku, t)) ||
  textMatches(o.shippingAddress?.name, t);

const sorters: Record<string, (a: Rec, b: Rec) => number> = {
  id: (a, b) => Number(legacyId(a.id)) - Number(legacyId(b.id)),
  createdAt: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || sorters.id(a, b),
  updatedAt: (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || sorters.id(a, b),
  processedAt: (a, b) => Date.parse(a.processedAt) - Date.parse(b.processedAt) || sorters.id(a, b),
  title: (a, b) => String(a.title).localeCompare(String(b.title)) || sorters.id(a, b),
};
const ORDER_SORT: Record<string, (a: Rec, b: Rec) => number> = {
  ID: sorters.id,
  CREATED_AT: sorters.createdAt,
  PROCESSED_AT: sorters.processedAt,
  UPDATED_AT: sorters.updatedAt,
  ORDER_NUMBER: sorters.id,
  TOTAL_PRICE: (a, b) => Number(a.totalPriceSet.shopMoney.amount) - Number(b.totalPriceSet.shopMoney.amount) || sorters.id(a, b),
  CUSTOMER_NAME: (a, b) => String(a.shippingAddress?.name ?? "").localeCompare(String(b.shippingAddress?.name ?? "")) || sorters.id(a, b),
  FINANCIAL_STATUS: (a, b) => String(a.displayFinancialStatus).localeCompare(b.displayFinancialStatus) || sorters.id(a, b),
  FULFILLMENT_STATUS: (a, b) => String(a.displayFulfillmentStatus).localeCompare(b.displayFulfillmentStatus) || sorters.id(a, b),
};

function searchOrders(ctx: ResolverContext, orders: Rec[], args: Rec) {
  const query = parseSearchQuery(args.query);
  const sort = ORDER_SORT[args.sortKey ?? "PROCESSED_AT"] ?? sorters.id;
  const matched = orders.filter((o) => matchesSearch(o, query, ORDER_FIELDS, orderFreeText)).sort(sort);
  return toConnection(matched, args as ConnectionArgs);
}

const PRODUCT_FIELDS: Record<string, FieldMatcher<Rec>> = {
  title: (p, t) => textMatches(p.title, t),
  handle: (p, t) => exactMatches(p.handle, t),
  product_type: (p, t) => exactMatches(p.productType, t),
  vendor: (p, t) => exactMatches(p.vendor, t),
  tag: (p, t) => p.tags.some((tag: string) => exactMatches(tag, t)),
  status: (p, t) => t.value.split(",").some((s) => s.trim().toUpperCase() === p.status),
  id: (p, t) => idTerm(p.id, t),
  gift_card: (p, t) => String(p.isGiftCard) === t.value.toLowerCase(),
  inventory_total: (p, t) => numberTerm(p.totalInventory, t),
  created_at: (p, t) => dateTerm(p.createdAt, t),
  updated_at: (p, t) => dateTerm(p.updatedAt, t),
};

function productFreeText(ctx: ResolverContext): FieldMatcher<Rec> {
  return (p, t) =>
    textMatches(p.title, t) ||
    exactMatches(p.handle, t) ||
    textMatches(p.productType, t) ||
    textMatches(p.vendor, t) ||
    p.tags.some((tag: string) => textMatches(tag, t)) ||
    p.variantIds.some((id: string) => exactMatches(byId(ctx, id)?.sku, t));
}

const PRODUCT_SORT: Record<string, (a: Rec, b: Rec) => number> = {
  ID: sorters.id,
  TITLE: sorters.title,
  CREATED_AT: sorters.createdAt,
  UPDATED_AT: sorters.updatedAt,
  INVENTORY_TOTAL: (a, b) => a.totalInventory - b.totalInventory || sorters.id(a, b),
  PRODUCT_TYPE: (a, b) => String(a.productType).localeCompare(b.productType) || sorters.id(a, b),
  VENDOR: (a, b) => String(a.vendor).localeCompare(b.vendor) || sorters.id(a, b),
};

function variantFields(ctx: ResolverContext): Record<string, FieldMatcher<Rec>> {
  return {
    sku: (v, t) => exactMatches(v.sku, t),
    title: (v, t) => textMatches(v.title, t),
    barcode: (v, t) => exactMatches(v.barcode, t),
    product_id: (v, t) => idTerm(v.productId, t),
    id: (v, t) => idTerm(v.id, t),
    inventory_quantity: (v, t) => numberTerm(v.inventoryQuantity ?? 0, t),
    product_status: (v, t) => exactMatches(byId(ctx, v.productId)?.status, t),
    vendor: (v, t) => exactMatches(byId(ctx, v.productId)?.vendor, t),
    tag: (v, t) => (byId(ctx, v.productId)?.tags ?? []).some((tag: string) => exactMatches(tag, t)),
    option1: (v, t) => exactMatches(v.selectedOptions[0]?.value, t),
    option2: (v, t) => exactMatches(v.selectedOptions[1]?.value, t),
  };
}

function variantFreeText(ctx: ResolverContext): FieldMatcher<Rec> {
  return (v, t) => exactMatches(v.sku, t) || textMatches(v.displayName, t) || exactMatches(v.barcode, t) || exactMatches(byId(ctx, v.productId)?.handle, t);
}

const VARIANT_SORT: Record<string, (a: Rec, b: Rec) => number> = {
  ID: sorters.id,
  TITLE: sorters.title,
  SKU: (a, b) => String(a.sku).localeCompare(b.sku) || sorters.id(a, b),
  INVENTORY_QUANTITY: (a, b) => (a.inventoryQuantity ?? 0) - (b.inventoryQuantity ?? 0) || sorters.id(a, b),
  POSITION: (a, b) => a.position - b.position || sorters.id(a, b),
  NAME: (a, b) => String(a.displayName).localeCompare(b.displayName) || sorters.id(a, b),
};

const CUSTOMER_FIELDS: Record<string, FieldMatcher<Rec>> = {
  email: (c, t) => exactMatches(c.email, t),
  first_name: (c, t) => exactMatches(c.firstName, t),
  last_name: (c, t) => exactMatches(c.lastName, t),
  tag: (c, t) => c.tags.some((tag: string) => exactMatches(tag, t)),
  id: (c, t) => idTerm(c.id, t),
  state: (c, t) => exactMatches(c.state, t),
  orders_count: (c, t) => numberTerm(Number(c.numberOfOrders), t),
  number_of_orders: (c, t) => numberTerm(Number(c.numberOfOrders), t),
  total_spent: (c, t) => numberTerm(Number(c.amountSpent.amount), t),
  amount_spent: (c, t) => numberTerm(Number(c.amountSpent.amount), t),
  created_at: (c, t) => dateTerm(c.createdAt, t),
  updated_at: (c, t) => dateTerm(c.updatedAt, t),
};
const customerFreeText: FieldMatcher<Rec> = (c, t) => textMatches(c.displayName, t) || exactMatches(c.email, t);

const CUSTOMER_SORT: Record<string, (a: Rec, b: Rec) => number> = {
  ID: sorters.id,
  CREATED_AT: sorters.createdAt,
  UPDATED_AT: sorters.updatedAt,
  NAME: (a, b) => String(a.displayName).localeCompare(b.displayName) || sorters.id(a, b),
};

// ---------------------------------------------------------------------------------------------------------------
// Computed fields

export function returnStatusOf(order: Rec): string {
  const statuses = (order.returns as Rec[]).map((r) => r.status);
  if (statuses.includes("REQUESTED")) return "RETURN_REQUESTED";
  if (statuses.includes("OPEN")) return "IN_PROGRESS";
  if (statuses.includes("CLOSED")) return "RETURNED";
  return "NO_RETURN";
}

const INVENTORY_QUANTITY_NAMES = new Set([
  "available",
  "committed",
  "damaged",
  "incoming",
  "on_hand",
  "quality_control",
  "reserved",
  "safety_stock",
]);

function returnableFulfillmentsOf(ctx: ResolverContext, order: Rec): Rec[] {
  return (order.fulfillments as Rec[])
    .map((f) => ({
      __typename: "ReturnableFulfillment",
      id: gid("ReturnableFulfillment", legacyId(f.id)),
      fulfillment: f,
      returnableFulfillmentLineItems: returnableLineItems(ctx.state, order, f)
        .filter((r) => r.quantity > 0)
        .map((r) => ({ __typename: "ReturnableFulfillmentLineItem", quantity: r.quantity, fulfillmentLineItem: r.fulfillmentLineItem })),
    }))
    .filter((rf) => rf.returnableFulfillmentLineItems.length > 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Resolvers per type; anything not listed falls back to property lookup (see fieldResolver)

const requireId = (id: unknown): string => {
  if (typeof id !== "string" || !id.startsWith("gid://shopify/")) {
    throw new GraphQLError(`Invalid global id '${String(id)}'`, { extensions: { code: "argumentLiteralsIncompatible" } });
  }
  return id;
};

const QueryRoot: Record<string, Resolver> = {
  shop: (_s, _a, ctx) => ctx.state.data.shop,
  node: (_s, a, ctx) => lookupNode(ctx, requireId(a.id)),
  nodes: (_s, a, ctx) => (a.ids as string[]).map((id) => lookupNode(ctx, requireId(id))),
  order: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Order"),
  orders: (_s, a, ctx) => searchOrders(ctx, visibleOrders(ctx), a),
  ordersCount: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    return count(visibleOrders(ctx).filter((o) => matchesSearch(o, query, ORDER_FIELDS, orderFreeText)).length);
  },
  customer: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Customer"),
  customerByIdentifier: (_s, a, ctx) => {
    const { id, emailAddress } = a.identifier ?? {};
    if (id) return lookupNode(ctx, id, "Customer");
    return ctx.state.data.customers.find((c) => emailAddress && String(c.email).toLowerCase() === String(emailAddress).toLowerCase()) ?? null;
  },
  customers: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const sort = CUSTOMER_SORT[a.sortKey ?? "ID"] ?? sorters.id;
    return toConnection(ctx.state.data.customers.filter((c) => matchesSearch(c, query, CUSTOMER_FIELDS, customerFreeText)).sort(sort), a);
  },
  customersCount: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    return count(ctx.state.data.customers.filter((c) => matchesSearch(c, query, CUSTOMER_FIELDS, customerFreeText)).length);
  },
  themes: (_s, a, ctx) => {
    const roles = (a.roles as string[] | null | undefined) ?? null;
    return toConnection(ctx.state.data.themes.filter((t) => !roles || roles.includes(t.role)), a);
  },
  theme: (_s, a, ctx) => ctx.state.data.themes.find((t) => t.id === requireId(a.id)) ?? null,
  segment: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Segment"),
  segments: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const matched = ctx.state.data.segments.filter((s) =>
      matchesSearch(s, query, { name: (x, t) => textMatches(x.name, t), id: (x, t) => idTerm(x.id, t) }, (x, t) => textMatches(x.name, t)),
    );
    const sort = a.sortKey === "NAME" ? (x: Rec, y: Rec) => x.name.localeCompare(y.name) : (x: Rec, y: Rec) => Date.parse(x.creationDate) - Date.parse(y.creationDate);
    return toConnection(matched.sort(sort), a);
  },
  customerSegmentMembership: (_s, a, ctx) => {
    const customer = lookupNode(ctx, requireId(a.customerId), "Customer");
    if (!customer) throw new GraphQLError("Customer does not exist.", { extensions: { code: "NOT_FOUND" } });
    return {
      __typename: "SegmentMembershipResponse",
      memberships: (a.segmentIds as string[]).map((segmentId) => {
        const segment = lookupNode(ctx, requireId(segmentId), "Segment");
        return { __typename: "SegmentMembership", segmentId, isMember: Boolean(segment?.memberIds.includes(customer.id)) };
      }),
    };
  },
  product: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Product"),
  productByHandle: (_s, a, ctx) => ctx.state.data.products.find((p) => p.handle === a.handle) ?? null,
  productByIdentifier: (_s, a, ctx) => {
    const { id, handle } = a.identifier ?? {};
    if (id) return lookupNode(ctx, id, "Product");
    return ctx.state.data.products.find((p) => p.handle === handle) ?? null;
  },
  products: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const sort = PRODUCT_SORT[a.sortKey ?? "ID"] ?? sorters.id;
    return toConnection(ctx.state.data.products.filter((p) => matchesSearch(p, query, PRODUCT_FIELDS, productFreeText(ctx))).sort(sort), a);
  },
  productsCount: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    return count(ctx.state.data.products.filter((p) => matchesSearch(p, query, PRODUCT_FIELDS, productFreeText(ctx))).length);
  },
  productVariant: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "ProductVariant"),
  productVariants: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const sort = VARIANT_SORT[a.sortKey ?? "ID"] ?? sorters.id;
    return toConnection(ctx.state.data.variants.filter((v) => matchesSearch(v, query, variantFields(ctx), variantFreeText(ctx))).sort(sort), a);
  },
  inventoryItem: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "InventoryItem"),
  inventoryItems: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const fields: Record<string, FieldMatcher<Rec>> = { sku: (i, t) => exactMatches(i.sku, t), id: (i, t) => idTerm(i.id, t) };
    return toConnection(ctx.state.data.inventoryItems.filter((i) => matchesSearch(i, query, fields, (i, t) => exactMatches(i.sku, t))), a);
  },
  inventoryLevel: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "InventoryLevel"),
  location: (_s, a, ctx) => (a.id ? lookupNode(ctx, requireId(a.id), "Location") : ctx.state.data.locations[0]),
  locations: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const matched = ctx.state.data.locations.filter((l) =>
      matchesSearch(l, query, { name: (x, t) => textMatches(x.name, t), id: (x, t) => idTerm(x.id, t) }, (x, t) => textMatches(x.name, t)),
    );
    return toConnection(a.sortKey === "NAME" ? [...matched].sort((x, y) => x.name.localeCompare(y.name)) : matched, a);
  },
  returnableFulfillments: (_s, a, ctx) => {
    const order = lookupNode(ctx, requireId(a.orderId), "Order");
    if (!order) throw new GraphQLError("Order does not exist.", { extensions: { code: "NOT_FOUND" } });
    return toConnection(returnableFulfillmentsOf(ctx, order), a);
  },
  returnableFulfillment: (_s, a, ctx) => {
    const fulfillment = lookupNode(ctx, gid("Fulfillment", legacyId(requireId(a.id))), "Fulfillment");
    const order = fulfillment && orderOf(ctx, fulfillment.id);
    return (order && returnableFulfillmentsOf(ctx, order).find((rf) => rf.id === a.id)) ?? null;
  },
  return: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Return"),
  returnReasonDefinitions: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const matched = ctx.state.data.returnReasonDefinitions
      .filter((r) => !a.handles || (a.handles as string[]).includes(r.handle))
      .filter((r) => !a.ids || (a.ids as string[]).includes(r.id))
      .filter((r) => matchesSearch(r, query, { handle: (x, t) => exactMatches(x.handle, t), name: (x, t) => textMatches(x.name, t) }, (x, t) => textMatches(x.name, t) || exactMatches(x.handle, t)));
    return toConnection(matched, a);
  },
  page: (_s, a, ctx) => lookupNode(ctx, requireId(a.id), "Page"),
  pages: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const fields: Record<string, FieldMatcher<Rec>> = {
      handle: (x, t) => exactMatches(x.handle, t),
      title: (x, t) => textMatches(x.title, t),
      published_status: (x, t) => {
        const v = t.value.toLowerCase();
        if (v === "any") return true;
        if (v === "published") return Boolean(x.isPublished);
        if (v === "unpublished") return !x.isPublished;
        return undefined;
      },
      id: (x, t) => idTerm(x.id, t),
    };
    return toConnection(ctx.state.data.pages.filter((p) => matchesSearch(p, query, fields, (x, t) => textMatches(x.title, t))).sort(sorters.id), a);
  },
  discountNodes: (_s, a, ctx) => {
    const query = parseSearchQuery(a.query);
    const fields: Record<string, FieldMatcher<Rec>> = {
      method: (x, t) => exactMatches(x.method, t),
      status: (x, t) => t.value.split(",").some((v) => v.trim().toUpperCase() === x.discount.status),
      title: (x, t) => textMatches(x.discount.title, t),
    };
    return toConnection(ctx.state.data.discountNodes.filter((d) => matchesSearch(d, query, fields, (x, t) => textMatches(x.discount.title, t))), a);
  },
  codeDiscountNodeByCode: (_s, a, ctx) => {
    const node = ctx.state.data.discountNodes.find((d) => d.method === "code" && String(d.code).toLowerCase() === String(a.code).toLowerCase());
    return node ? { __typename: "DiscountCodeNode", id: node.id, codeDiscount: node.discount } : null;
  },
  deliveryProfiles: (_s, a, ctx) => toConnection(ctx.state.data.deliveryProfiles, a),
  job: (_s, a, ctx) => {
    const job = ctx.state.jobs.get(requireId(a.id));
    return job ? { __typename: "Job", id: job.id, done: simulatedNowMs(ctx.state) >= job.doneAtMs } : null;
  },
};

const Mutation: Record<string, Resolver> = {
  returnRequest: (_s, a, ctx) => returnRequest(ctx, a.input),
  returnCreate: (_s, a, ctx) => returnCreate(ctx, a.returnInput),
  orderCancel: (_s, a, ctx) => orderCancel(ctx, a),
  returnApproveRequest: (_s, a, ctx) => returnApproveRequest(ctx, a.input),
  returnDeclineRequest: (_s, a, ctx) => returnDeclineRequest(ctx, a.input),
  returnCancel: (_s, a, ctx) => returnCancel(ctx, a.id),
};

const TYPE_RESOLVERS: Record<string, Record<string, Resolver>> = {
  QueryRoot,
  Mutation,
  Shop: {
    orders: (s, a, ctx, i) => QueryRoot.orders(s, a, ctx, i),
    products: (s, a, ctx, i) => QueryRoot.products(s, a, ctx, i),
    customers: (s, a, ctx, i) => QueryRoot.customers(s, a, ctx, i),
    productVariants: (s, a, ctx, i) => QueryRoot.productVariants(s, a, ctx, i),
    locations: (s, a, ctx, i) => QueryRoot.locations(s, a, ctx, i),
  },
  Order: {
    customer: (o, _a, ctx) => byId(ctx, o.customerId),
    returnStatus: (o) => returnStatusOf(o),
    returns: (o, a) => {
      const query = parseSearchQuery(a.query);
      return toConnection(o.returns.filter((r: Rec) => matchesSearch(r, query, { status: (x, t) => exactMatches(x.status, t) }, () => undefined)), a);
    },
    fulfillmentsCount: (o) => count(o.fulfillments.length),
    statusPageUrl: (o) => o.statusPageUrl,
  },
  OnlineStoreTheme: {
    // `filenames` take '*' wildcards, as Shopify's do.
    files: (t, a) => {
      const patterns = ((a.filenames as string[] | null | undefined) ?? ["*"]).map(
        (f) => new RegExp(`^${f.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`),
      );
      return toConnection(t.files.filter((f: Rec) => patterns.some((p) => p.test(f.filename))), a);
    },
  },
  LineItem: {
    variant: (l, _a, ctx) => byId(ctx, l.variantId),
    product: (l, _a, ctx) => byId(ctx, l.productId),
  },
  Fulfillment: {
    order: (f, _a, ctx) => byId(ctx, f.orderId),
    location: (f, _a, ctx) => byId(ctx, f.locationId),
  },
  FulfillmentLineItem: {
    lineItem: (fli, _a, ctx) => byId(ctx, fli.lineItemId),
  },
  Customer: {
    orders: (c, a, ctx) => searchOrders(ctx, visibleOrders(ctx).filter((o) => o.customerId === c.id), a),
    lastOrder: (c, _a, ctx) =>
      visibleOrders(ctx)
        .filter((o) => o.customerId === c.id)
        .sort(sorters.createdAt)
        .pop() ?? null,
    addresses: (c) => (c.defaultAddress ? [c.defaultAddress] : []),
    addressesV2: (c, a) => toConnection(c.defaultAddress ? [c.defaultAddress] : [], a),
  },
  Product: {
    variants: (p, a, ctx) => toConnection(p.variantIds.map((id: string) => byId(ctx, id)), a),
    variantsCount: (p) => count(p.variantIds.length),
    description: (p, a) => (a.truncateAt ? String(p.description).slice(0, a.truncateAt) : p.description),
    metafields: (p, a) => toConnection(p.metafields ?? [], a),
    // Published translations for one locale (markets are not simulated: every translation applies to all).
    translations: (p, a) => (p.translations ?? []).filter((t: Rec) => t.locale === a.locale),
  },
  ProductVariant: {
    product: (v, _a, ctx) => byId(ctx, v.productId),
    inventoryItem: (v, _a, ctx) => byId(ctx, v.inventoryItemId),
  },
  InventoryItem: {
    variant: (i, _a, ctx) => byId(ctx, i.variantId),
    variants: (i, a, ctx) => toConnection([byId(ctx, i.variantId)], a),
    inventoryLevels: (i, a, ctx) => {
      const levels = (i.levelIds as string[]).map((id) => byId(ctx, id)!).filter((l) => a.includeInactive || l.isActive);
      const query = parseSearchQuery(a.query);
      return toConnection(levels.filter((l) => matchesSearch(l, query, { location_id: (x, t) => idTerm(x.locationId, t) }, () => undefined)), a);
    },
    inventoryLevel: (i, a, ctx) => (i.levelIds as string[]).map((id) => byId(ctx, id)!).find((l) => l.locationId === a.locationId) ?? null,
    locationsCount: (i) => count(i.levelIds.length),
    unitCost: (i, _a, ctx) => money(Number(byId(ctx, i.variantId)?.price ?? 0) * 0.42),
  },
  InventoryLevel: {
    location: (l, _a, ctx) => byId(ctx, l.locationId),
    item: (l, _a, ctx) => byId(ctx, l.itemId),
    quantities: (l, a) =>
      (a.names as string[]).map((name) => {
        if (!INVENTORY_QUANTITY_NAMES.has(name)) {
          throw new GraphQLError(`The quantity name '${name}' is not valid.`, { extensions: { code: "BAD_REQUEST" } });
        }
        return { __typename: "InventoryQuantity", id: `${l.id}&name=${name}`, name, quantity: l.quantitiesByName[name] ?? 0, updatedAt: l.updatedAt };
      }),
  },
  Location: {
    inventoryLevels: (loc, a, ctx) => toConnection(ctx.state.data.inventoryLevels.filter((l) => l.locationId === loc.id), a),
    inventoryLevel: (loc, a, ctx) => ctx.state.data.inventoryLevels.find((l) => l.locationId === loc.id && l.itemId === a.inventoryItemId) ?? null,
  },
  Return: {
    order: (r, _a, ctx) => byId(ctx, r.orderId),
  },
  ReturnLineItem: {
    fulfillmentLineItem: (r, _a, ctx) => byId(ctx, r.fulfillmentLineItemId),
    returnReasonDefinition: (r, _a, ctx) => byId(ctx, r.returnReasonDefinitionId),
  },
  Segment: {
    query: (s) => s.query,
  },
  ShopPolicy: {
    // Shopify answers only the requested locale; a locale the merchant never translated gives [].
    translations: (p, a) => (p.translations ?? []).filter((tr: Rec) => tr.locale === a.locale && (!a.marketId || tr.marketId === a.marketId)),
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Generic resolution

function defaultValue(type: GraphQLOutputType, info: GraphQLResolveInfo, ctx: ResolverContext): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case "Boolean":
        return false;
      case "Int":
      case "Float":
        return 0;
      case "UnsignedInt64":
        return "0";
      case "Decimal":
      case "Money":
        return "0.00";
      case "DateTime":
        return new Date(simulatedNowMs(ctx.state)).toISOString();
      case "ID":
        return gid(info.parentType.name, `${info.fieldName}-simulated`);
      case "URL":
        return `https://${ctx.state.domain}/`;
      default:
        return "";
    }
  }
  if (isObjectType(inner)) {
    if (inner.name === "MoneyV2") return money(0);
    if (inner.name === "Count") return count(0);
    if (inner.name.endsWith("Connection") && inner.getFields().edges) return toConnection([], {}, { requirePageSize: false });
    return {};
  }
  return null;
}

/** Shape a raw property value to the field's type: arrays behind *Connection types become connections, lists honour `first`. */
function shape(value: unknown, args: Rec, info: GraphQLResolveInfo, ctx: ResolverContext): unknown {
  if (value === undefined) return defaultValue(info.returnType, info, ctx);
  const named = getNamedType(info.returnType);
  if (Array.isArray(value) && isObjectType(named) && named.name.endsWith("Connection") && named.getFields().edges) {
    return toConnection(value, args);
  }
  const listType = isNonNullType(info.returnType) ? info.returnType.ofType : info.returnType;
  if (Array.isArray(value) && isListType(listType) && typeof args.first === "number") return value.slice(0, args.first);
  return value;
}

export const fieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (source, args, ctx, info) => {
  enforceFieldAccess(ctx.state.scopes, info);
  const value = resolveField(source, args, ctx, info);
  if (isAbstractType(getNamedType(info.returnType)) && value && typeof value === "object" && "__typename" in value) {
    enforceTypeAccess(ctx.state.scopes, String(value.__typename), info.fieldName);
  }
  return value;
};

function resolveField(source: unknown, args: Rec, ctx: ResolverContext, info: GraphQLResolveInfo): unknown {
  const specific = TYPE_RESOLVERS[info.parentType.name]?.[info.fieldName];
  if (specific) return shape(specific((source ?? {}) as Rec, args, ctx, info), args, info, ctx);
  if (info.parentType.name === "Mutation") {
    throw new GraphQLError(`The simulated shop does not implement the mutation '${info.fieldName}'.`, {
      extensions: { code: "NOT_IMPLEMENTED_IN_SIMULATOR" },
    });
  }
  const record = (source ?? {}) as Rec;
  let value = record[info.fieldName];
  if (value === undefined && info.fieldName === "legacyResourceId" && typeof record.id === "string") value = legacyId(record.id);
  if (typeof value === "function") value = value(args, ctx, info);
  return shape(value, args, info, ctx);
}
