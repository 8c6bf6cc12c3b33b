import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { dbProvider, prisma } from "../db.server";
import { getRedis, redisUrl } from "../redis.server";

export interface LimitSpec {
  points: number;
  durationSeconds: number;
}

export type LimiterStore = "redis" | "database" | "memory";

/**
 * Where counters live: Redis when REDIS_URL is set (production, several instances); the database when it is
 * PostgreSQL without Redis (still shared by every instance); process memory for the embedded default
 * (SQLite, one process), where there is nothing to share with.
 */
export function limiterStore(env: Record<string, string | undefined> = process.env): LimiterStore {
  // The offline demo is the embedded default unless a test asks for Redis explicitly (SWITCHBOARD_DEMO_REDIS=1).
  if (env.SWITCHBOARD_DEMO === "1" && env.SWITCHBOARD_DEMO_REDIS !== "1") return "memory";
  if (redisUrl()) return "redis";
  return dbProvider === "postgresql" ? "database" : "memory";
}

export function createLimiter(keyPrefix: string, spec: LimitSpec, store: LimiterStore = limiterStore()): RateLimiterAbstract {
  const base = { keyPrefix, points: spec.points, duration: spec.durationSeconds };
  switch (store) {
    case "redis":
      // If Redis is unreachable the per-process insurance limiter keeps limiting rather than failing requests.
      return new RateLimiterRedis({ ...base, storeClient: getRedis(), insuranceLimiter: new RateLimiterMemory(base) });
    case "database":
      return new RateLimiterPrisma({ ...base, storeClient: prisma, tableName: "rateLimit", clearExpiredByTimeout: false });
    case "memory":
      return new RateLimiterMemory(base);
  }
}
