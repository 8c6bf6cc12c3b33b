import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimitedLookups, type LookupLimiter } from "../domain/conversations/lookup-limits.server";
import { createLimiter, type LimitSpec } from "./limiter-factory.server";

/**
 * Limits on what shoppers send, shared across instances (see limiter-factory.server.ts). Defaults suit a
 * person typing: a visitor may send 20 messages a minute; one client address (as the app proxy forwards it)
 * 60, since several shoppers can share an address; a whole shop 6,000. Each shopper may make 10 Admin API
 * lookups a minute. SWITCHBOARD_RATE_LIMITS overrides them, e.g. "visitor=20/60,address=60/60,shop=6000/60,lookups=10/60".
 */
export const LIMIT_NAMES = ["visitor", "address", "shop", "lookups"] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

export const DEFAULT_LIMITS: Record<LimitName, LimitSpec> = {
  visitor: { points: 20, durationSeconds: 60 },
  address: { points: 60, durationSeconds: 60 },
  shop: { points: 6000, durationSeconds: 60 },
  lookups: { points: 10, durationSeconds: 60 },
};

export function parseLimits(spec: string | undefined): Record<LimitName, LimitSpec> {
  const limits = { ...DEFAULT_LIMITS };
  if (!spec) return limits;
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\w+)=(\d{1,9})\/(\d{1,7})$/.exec(part);
    const name = match?.[1] as LimitName | undefined;
    if (!match || !name || !LIMIT_NAMES.includes(name)) {
      throw new Error(`SWITCHBOARD_RATE_LIMITS: "${part}" is not <${LIMIT_NAMES.join("|")}>=<points>/<seconds>`);
    }
    limits[name] = { points: Number(match[2]), durationSeconds: Number(match[3]) };
  }
  return limits;
}

export type LimitVerdict = { ok: true } | { ok: false; limit: LimitName; retryAfterSeconds: number };

export interface ShopperLimits {
  /** Before the body is read: the client address and the shop. */
  checkRequest(args: { shop: string; address: string | null }): Promise<LimitVerdict>;
  /** Once the body names the visitor. */
  checkVisitor(args: { shop: string; visitorId: string }): Promise<LimitVerdict>;
  lookups: LookupLimiter;
}

export function createShopperLimits(limits = parseLimits(process.env.SWITCHBOARD_RATE_LIMITS)): ShopperLimits {
  const limiter = Object.fromEntries(LIMIT_NAMES.map((name) => [name, createLimiter(`shopper:${name}`, limits[name])])) as Record<LimitName, RateLimiterAbstract>;
  return {
    async checkRequest({ shop, address }) {
      if (address) {
        const verdict = await consume(limiter.address, "address", `${shop}:${address}`);
        if (!verdict.ok) return verdict;
      }
      return consume(limiter.shop, "shop", shop);
    },
    checkVisitor: ({ shop, visitorId }) => consume(limiter.visitor, "visitor", `${shop}:${visitorId}`),
    lookups: rateLimitedLookups(limiter.lookups),
  };
}

async function consume(limiter: RateLimiterAbstract, limit: LimitName, key: string): Promise<LimitVerdict> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 1000;
    return { ok: false, limit, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
  }
}

let shared: ShopperLimits | undefined;
/** One set per process (the counters themselves live in the chosen store). */
export function shopperLimits(): ShopperLimits {
  shared ??= createShopperLimits();
  return shared;
}

/** The shopper's address as the app proxy forwards it (left-most X-Forwarded-For entry). */
export function clientAddress(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : null;
}
