import { RateLimiterMemory, RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "../../db.server";

/**
 * Guessing-game protection for order lookups. A wrong email (or phone) for an order counts against the
 * conversation, the visitor, the email tried and the order number, for guests and signed-in customers
 * alike. Counters live in the database (rate-limiter-flexible's Prisma store), so a restart or a second
 * instance sees them.
 *
 * The order's own counter has a higher limit and a short cool-down, and a signed-in customer is never
 * blocked by it: a stranger's guesses must not lock the real owner out of their own order for long.
 */
export const MAX_FAILED_VERIFICATIONS = 3;

export interface VerificationScope {
  shop: string;
  conversationId: string;
  visitorId: string;
  orderNumber?: string | null;
  email?: string | null;
  signedIn: boolean;
}

export interface VerificationGuard {
  /** The reason when this shopper may not try again now, otherwise null. */
  lockedBy(scope: VerificationScope): Promise<LockKind | null>;
  recordFailure(scope: VerificationScope): Promise<void>;
}

export type LockKind = "conversation" | "visitor" | "email" | "order";

type Limit = { kind: LockKind; points: number; durationSeconds: number };
export const VERIFICATION_LIMITS: readonly Limit[] = [
  { kind: "conversation", points: MAX_FAILED_VERIFICATIONS, durationSeconds: 60 * 60 },
  { kind: "visitor", points: MAX_FAILED_VERIFICATIONS, durationSeconds: 60 * 60 },
  { kind: "email", points: 5, durationSeconds: 60 * 60 },
  { kind: "order", points: 5, durationSeconds: 15 * 60 },
];

function keyFor(kind: LockKind, s: VerificationScope): string | null {
  switch (kind) {
    case "conversation":
      return `${s.shop}:${s.conversationId}`;
    case "visitor":
      return `${s.shop}:${s.visitorId}`;
    case "email":
      return s.email ? `${s.shop}:${s.email.trim().toLowerCase()}` : null;
    case "order":
      return !s.signedIn && s.orderNumber ? `${s.shop}:${s.orderNumber}` : null;
  }
}

class RateLimiterVerificationGuard implements VerificationGuard {
  constructor(private readonly limiters: { limit: Limit; limiter: RateLimiterAbstract }[]) {}

  async lockedBy(scope: VerificationScope): Promise<LockKind | null> {
    for (const { limit, limiter } of this.limiters) {
      const key = keyFor(limit.kind, scope);
      if (!key) continue;
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limit.points) return limit.kind;
    }
    return null;
  }

  async recordFailure(scope: VerificationScope): Promise<void> {
    // The order counter counts every wrong guess (signed in or not): only the lock check skips it for customers.
    for (const { limit, limiter } of this.limiters) {
      const key = keyFor(limit.kind, { ...scope, signedIn: false });
      if (key) await limiter.penalty(key, 1);
    }
  }
}

/** Shared across instances and restarts: the default. */
export function databaseVerificationGuard(db: Db): VerificationGuard {
  return new RateLimiterVerificationGuard(
    VERIFICATION_LIMITS.map((limit) => ({
      limit,
      limiter: new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimit",
        keyPrefix: `verify:${limit.kind}`,
        points: limit.points,
        duration: limit.durationSeconds,
        // Expired rows are deleted by the purge-expired job, not by a timer in every process.
        clearExpiredByTimeout: false,
      }),
    })),
  );
}

/** One process only: for tests of code that needs a guard but not its durability. */
export function memoryVerificationGuard(): VerificationGuard {
  return new RateLimiterVerificationGuard(
    VERIFICATION_LIMITS.map((limit) => ({
      limit,
      limiter: new RateLimiterMemory({ keyPrefix: `verify:${limit.kind}`, points: limit.points, duration: limit.durationSeconds }),
    })),
  );
}
