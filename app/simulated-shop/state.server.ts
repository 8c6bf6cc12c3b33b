import { createSeed, DAY_MS, DEFAULT_ORDER_WINDOW_DAYS, type SeedData } from "./seed.server";

/** Any *.myshopify.com domain gets its own copy of the seed; this one is for the offline demo. */
export const SIMULATED_SHOP_DOMAIN_DEMO = "switchboard-demo.myshopify.com";

/**
 * Scopes the simulated app is granted unless a test configures others: what shopify.app.toml requests (a test keeps
 * them in step). Like a real public app it has no read_all_orders, so the 60-day order window applies.
 */
export const DEFAULT_SIMULATED_SCOPES = [
  "read_orders",
  "write_orders",
  "read_customers",
  "read_products",
  "read_inventory",
  "read_locations",
  "read_returns",
  "write_returns",
  "read_legal_policies",
  "read_themes",
  "read_online_store_pages",
  "read_discounts",
  "read_shipping",
] as const;

export const THROTTLE_MAXIMUM_AVAILABLE = 2000;
/** Shopify rejects any single query whose requested cost is above this, whatever the bucket holds. */
export const SINGLE_QUERY_MAX_COST = 1000;
export const THROTTLE_RESTORE_RATE = 100;

export type OutageKind = number | "timeout" | "network";

export interface PendingOutage {
  status: OutageKind;
  remaining: number;
  delayMs: number;
}

type Indexed = Record<string, unknown> & { __typename: string; id: string };

export interface ShopState {
  domain: string;
  data: SeedData;
  scopes: string[];
  maxQueryCost: number;
  /** Real wall-clock ms when the seed was created; simulated time advances from data.now at the same pace. */
  createdAtRealMs: number;
  bucket: { available: number; updatedAtMs: number };
  failures: { outages: PendingOutage[]; throttled: number };
  /** Every object with an id, for GID lookups (node(id), order(id), ...). */
  byId: Map<string, Indexed>;
  /** Child id -> id of the object holding it (line items, fulfillments, returns -> order). */
  parentOf: Map<string, string>;
  jobs: Map<string, { id: string; doneAtMs: number }>;
  /** Every GraphQL request the shop received, so tests can assert what the app asked for. */
  requests: SimulatedRequest[];
}

export interface SimulatedRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
  atMs: number;
}

export interface SimulatedShopOptions {
  /** The seed's "now": all relative dates ("delivered 3 days ago") are measured from it. Default: real current time. */
  now?: Date;
  scopes?: readonly string[];
  /** Single-query cost ceiling; Shopify's is 1000. Raise only to run a deliberately expensive query anyway. */
  maxQueryCost?: number;
}

const shops = new Map<string, ShopState>();
let defaults: SimulatedShopOptions = {};
const overrides = new Map<string, SimulatedShopOptions>();

export function normalizeShopDomain(shop: string): string {
  return shop.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
}

export function getSimulatedShop(shop: string): ShopState {
  const domain = normalizeShopDomain(shop);
  let state = shops.get(domain);
  if (!state) {
    const options = { ...defaults, ...overrides.get(domain) };
    state = createState(domain, options);
    shops.set(domain, state);
  }
  return state;
}

/**
 * Restore every shop to the seed and clear injected failures.
 * `options` become the defaults for shops created afterwards (e.g. a fixed `now` for a whole test file).
 */
export function resetSimulatedShops(options: SimulatedShopOptions = {}): void {
  shops.clear();
  overrides.clear();
  defaults = { ...options };
}

/** Re-seed one shop with specific options (scopes, now). */
export function configureSimulatedShop(shop: string, options: SimulatedShopOptions): ShopState {
  const domain = normalizeShopDomain(shop);
  overrides.set(domain, { ...overrides.get(domain), ...options });
  shops.delete(domain);
  return getSimulatedShop(domain);
}

/** Simulated current time: the seed's `now` plus the real time elapsed since the shop was seeded. */
export function simulatedNowMs(state: ShopState): number {
  return state.data.now.getTime() + (Date.now() - state.createdAtRealMs);
}

export function hasScope(state: ShopState, scope: string): boolean {
  return state.scopes.includes(scope);
}

/** Oldest createdAt (ms) an order may have to be visible to the app; -Infinity with read_all_orders. */
export function orderWindowStartMs(state: ShopState): number {
  return hasScope(state, "read_all_orders") ? -Infinity : simulatedNowMs(state) - DEFAULT_ORDER_WINDOW_DAYS * DAY_MS;
}

export function registerObject(state: ShopState, obj: Indexed, parentId?: string): void {
  state.byId.set(obj.id, obj);
  if (parentId) state.parentOf.set(obj.id, parentId);
}

function createState(domain: string, options: SimulatedShopOptions): ShopState {
  const data = createSeed(domain, options.now ?? new Date());
  const state: ShopState = {
    domain,
    data,
    scopes: [...(options.scopes ?? DEFAULT_SIMULATED_SCOPES)],
    maxQueryCost: options.maxQueryCost ?? SINGLE_QUERY_MAX_COST,
    createdAtRealMs: Date.now(),
    bucket: { available: THROTTLE_MAXIMUM_AVAILABLE, updatedAtMs: Date.now() },
    failures: { outages: [], throttled: 0 },
    byId: new Map(),
    parentOf: new Map(),
    jobs: new Map(),
    requests: [],
  };
  indexSeed(state);
  return state;
}

function indexSeed(state: ShopState): void {
  const d = state.data;
  const all = [
    d.shop,
    ...d.locations,
    ...d.products,
    ...d.variants,
    ...d.inventoryItems,
    ...d.inventoryLevels,
    ...d.customers,
    ...d.segments,
    ...d.returnReasonDefinitions,
    ...d.shop.shopPolicies as Indexed[],
    ...d.pages,
    ...d.discountNodes,
  ] as Indexed[];
  for (const obj of all) registerObject(state, obj);
  for (const order of d.orders as Indexed[]) indexOrder(state, order);
}

export function indexOrder(state: ShopState, order: Indexed): void {
  registerObject(state, order);
  for (const li of order.lineItems as Indexed[]) registerObject(state, li, order.id);
  for (const f of order.fulfillments as Indexed[]) {
    registerObject(state, f, order.id);
    for (const fli of f.fulfillmentLineItems as Indexed[]) registerObject(state, fli, f.id);
  }
  for (const r of order.returns as Indexed[]) {
    registerObject(state, r, order.id);
    for (const rli of r.returnLineItems as Indexed[]) registerObject(state, rli, r.id);
  }
}

/** GraphQL requests `shop` has received since it was (re)seeded. */
export function getSimulatedShopRequests(shop: string): readonly SimulatedRequest[] {
  return getSimulatedShop(shop).requests;
}
