import { Redis } from "ioredis";

// One client per process for shared counters (rate limits). Created on first use so tests and the
// embedded default (no REDIS_URL) never open a connection.
const globalForRedis = globalThis as unknown as { switchboardRedis?: Redis };

export function redisUrl(): string | undefined {
  return process.env.REDIS_URL || undefined;
}

export function getRedis(): Redis {
  const url = redisUrl();
  if (!url) throw new Error("REDIS_URL is not set");
  // Fail fast while Redis is away (no offline queue): callers fall back (rate limits use a memory insurance limiter).
  globalForRedis.switchboardRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  return globalForRedis.switchboardRedis;
}
