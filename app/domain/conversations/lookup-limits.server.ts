import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Intent } from "../understanding/types";

/**
 * Each shopper's share of the shop's Admin API allowance. Without it one sender (or a script) can spend
 * the shop's whole allowance, and real shoppers' order questions then go to people as "shop data
 * unavailable". Greetings and questions the bot answers without the shop's data are never counted.
 */
export interface LookupLimiter {
  allow(conversation: { shop: string; visitorId: string }, intent: Intent): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
}

const NO_LOOKUP = new Set<Intent>(["greeting", "other", "human_agent", "complaint"]);

export const unlimitedLookups: LookupLimiter = {
  async allow() {
    return { allowed: true };
  },
};

/** Lookups per visitor, through a rate-limiter-flexible limiter (memory, Redis or the database). */
export function rateLimitedLookups(limiter: RateLimiterAbstract): LookupLimiter {
  return {
    async allow(conversation, intent) {
      if (NO_LOOKUP.has(intent)) return { allowed: true };
      try {
        await limiter.consume(`${conversation.shop}:${conversation.visitorId}`);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof Error) throw rejection;
        const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
      }
    },
  };
}
