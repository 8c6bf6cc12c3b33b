import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

// Redis for tests: REDIS_URL or the local server. Unreachable is a failure, never a skip. Each test run
// uses its own key prefix, so parallel runs never see each other's keys, and deletes them afterwards.

export const DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379";

export function testRedisUrl(env: Record<string, string | undefined> = process.env): string {
  return env.REDIS_URL || DEFAULT_TEST_REDIS_URL;
}

/** A prefix no other test run uses (BullMQ's `prefix`; no ":" so it is one key segment). */
export function uniqueRedisPrefix(topic: string): string {
  return `switchboard-test-${topic}-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}

function connect(url: string): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 1, retryStrategy: () => null });
}

export async function assertRedisReachable(url = testRedisUrl()): Promise<void> {
  const redis = connect(url);
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${url} (${(error as Error).message}). The job queue tests need it: start it ` +
        `(redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no) or set REDIS_URL.`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under `prefix:`; returns how many were deleted. */
export async function deleteRedisKeys(prefix: string, url = testRedisUrl()): Promise<number> {
  const redis = connect(url);
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    let deleted = 0;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
    return deleted;
  } finally {
    redis.disconnect();
  }
}

export async function countRedisKeys(prefix: string, url = testRedisUrl()): Promise<number> {
  const redis = connect(url);
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    let count = 0;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      cursor = next;
      count += keys.length;
    } while (cursor !== "0");
    return count;
  } finally {
    redis.disconnect();
  }
}
