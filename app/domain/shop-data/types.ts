// Normalised shop facts: what the answer layer may talk about. Hand-written (no codegen) because the
// operations are few and the raw result types sit next to each document in its *.server.ts file.
import type { Clock, CostBudget } from "./admin-api.server";
import type { TtlCache } from "./ttl-cache.server";

export interface MoneyAmount {
  amount: number;
  currencyCode: string;
}

export interface TrackingFacts {
  company: string | null;
  number: string | null;
  url: string | null;
}

/** Simplified fulfillment delivery state, from Fulfillment.displayStatus / status / dates. */
export type DeliveryState =
  | "label_created"
  | "in_transit"
  | "out_for_delivery"
  | "delivered"
  | "attempted_delivery"
  | "ready_for_pickup"
  | "picked_up"
  | "delayed"
  | "failed"
  | "cancelled"
  | "fulfilled"; // shipped, no carrier data

export interface FulfillmentFacts {
  id: string;
  state: DeliveryState;
  displayStatus: string | null;
  status: string;
  createdAt: string;
  inTransitAt: string | null;
  estimatedDeliveryAt: string | null;
  deliveredAt: string | null;
  tracking: TrackingFacts[];
}

export interface LineItemFacts {
  id: string;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  /** Quantity after removals and refunds. */
  currentQuantity: number;
  unfulfilledQuantity: number;
}

export interface ReturnSummary {
  id: string;
  name: string;
  status: string;
  createdAt: string | null;
}

export interface OrderFacts {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  customerId: string | null;
  createdAt: string;
  processedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  closed: boolean;
  financialStatus: string | null;
  fulfillmentStatus: string;
  returnStatus: string | null;
  total: MoneyAmount | null;
  totalRefunded: MoneyAmount | null;
  /** Shopify's order risk recommendation: ACCEPT / INVESTIGATE / CANCEL / NONE. */
  riskRecommendation: string | null;
  lineItems: LineItemFacts[];
  fulfillments: FulfillmentFacts[];
  returns: ReturnSummary[];
}

/** Knobs every lookup accepts; `shop` turns on the per-shop cache where the lookup uses one. */
export interface LookupOptions {
  budget?: CostBudget;
  deadlineMs?: number;
  shop?: string;
  cache?: TtlCache<unknown>;
  clock?: Clock;
  random?: () => number;
}
