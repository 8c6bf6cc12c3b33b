// Where the app under load keeps its request limits and runs its jobs: as production does with that database.
// - SQLite is the embedded default, one process: limits in the process's memory, jobs in-process.
// - PostgreSQL is production's setup for several instances (README, "Production"): limits in Redis, jobs on BullMQ
//   in Redis. LOAD_REDIS_URL (default REDIS_URL, then redis://127.0.0.1:6379) names the Redis; LOAD_REDIS_URL=""
//   measures PostgreSQL without Redis, as production runs without it: limits counted in PostgreSQL, jobs in-process.
// The demo, which serves the bench, would otherwise keep limits in memory and jobs in-process on PostgreSQL too,
// and a memory limiter holds every visitor's counter in the server's heap for its minute (decision 0022).
import { Redis } from "ioredis";
import type { DbProvider } from "../../../app/db.server";

export interface ServerStores {
  /** For the app's environment. */
  env: Record<string, string>;
  /** For the bench's summary. */
  description: string;
  /** Removes what the run left in Redis: its queues, and the shop-wide and per-address counters other runs and tests share. */
  cleanup(shop: string): Promise<void>;
}

const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

export async function serverStores(provider: DbProvider, env: Record<string, string | undefined> = process.env): Promise<ServerStores> {
  if (provider === "sqlite") return { env: {}, description: "limits in memory, jobs in-process (the embedded default)", cleanup: async () => {} };
  const url = env.LOAD_REDIS_URL ?? env.REDIS_URL ?? DEFAULT_REDIS_URL;
  // The demo keeps its own stores unless told to choose them as production does.
  if (url === "") return { env: { SWITCHBOARD_DEMO_REDIS: "1", REDIS_URL: "" }, description: "limits in PostgreSQL, jobs in-process (no Redis)", cleanup: async () => {} };
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The connection's own error is the one worth reporting (connect() only says it closed); reported below, not twice.
  let connectionError: Error | undefined;
  redis.on("error", (error: Error) => (connectionError ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `The PostgreSQL runs measure production's setup, PostgreSQL with Redis, and Redis at ${url} does not answer (${(connectionError ?? (error as Error)).message}). ` +
        `Start it, point LOAD_REDIS_URL at one, or set LOAD_REDIS_URL="" to measure PostgreSQL without Redis.`,
    );
  }
  const prefix = `switchboard-load-${process.pid}-${Date.now().toString(36)}`;
  return {
    env: { SWITCHBOARD_DEMO_REDIS: "1", REDIS_URL: url, SWITCHBOARD_QUEUE_PREFIX: prefix },
    description: `limits and jobs in Redis (${url})`,
    async cleanup(shop) {
      try {
        await unlinkMatching(redis, `${prefix}:*`);
        await unlinkMatching(redis, `shopper:address:${shop}:*`);
        await redis.unlink(`shopper:shop:${shop}`);
      } finally {
        redis.disconnect();
      }
    },
  };
}

async function unlinkMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== "0");
}
