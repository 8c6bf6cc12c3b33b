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
  // Commands wait for the first connection, but never long: while Redis is away they fail within half a
  // second and callers fall back (rate limits use a per-process insurance limiter).
  globalForRedis.switchboardRedis ??= new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 500 });
  return globalForRedis.switchboardRedis;
}
