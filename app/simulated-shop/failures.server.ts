import { getSimulatedShop, type OutageKind } from "./state.server";

export interface OutageOptions {
  /** An HTTP status (e.g. 503, 502, 500, 429), "timeout" (the response is held back) or "network" (fetch rejects). */
  status: OutageKind;
  /** How many of the next Admin API requests fail. Default 1. */
  times?: number;
  /** For "timeout": how long the response is held before a 504 arrives, unless the caller aborts first. Default 5000 ms. */
  delayMs?: number;
}

/** Make the next `times` Admin API requests to `shop` fail; the handler checks this state, so no handler swap is needed. */
export function simulateOutage(shop: string, options: OutageOptions): void {
  const state = getSimulatedShop(shop);
  state.failures.outages.push({ status: options.status, remaining: options.times ?? 1, delayMs: options.delayMs ?? 5000 });
}

/** Make the next `times` GraphQL requests to `shop` answer with Shopify's THROTTLED error (HTTP 200). */
export function simulateThrottle(shop: string, options: { times?: number } = {}): void {
  getSimulatedShop(shop).failures.throttled += options.times ?? 1;
}

/** Drop pending injected failures for `shop`. */
export function clearSimulatedFailures(shop: string): void {
  const state = getSimulatedShop(shop);
  state.failures.outages = [];
  state.failures.throttled = 0;
}

/** Consume the next pending outage, if any. */
export function takeOutage(shop: string): { status: OutageKind; delayMs: number } | undefined {
  const state = getSimulatedShop(shop);
  const next = state.failures.outages[0];
  if (!next) return undefined;
  next.remaining -= 1;
  if (next.remaining <= 0) state.failures.outages.shift();
  return { status: next.status, delayMs: next.delayMs };
}

/** Consume one forced throttle, if any. */
export function takeThrottle(shop: string): boolean {
  const state = getSimulatedShop(shop);
  if (state.failures.throttled <= 0) return false;
  state.failures.throttled -= 1;
  return true;
}
