import type { Db } from "../db.server";
import type { JobQueue, JobServices } from "./types";

// Transactional outbox. A job that belongs to a state change (hand off a message, send a reply email) is
// written as a JobOutbox row in the same database transaction as the change, so both commit or neither
// does. After the commit the caller calls dispatchOutbox() to move it to the queue right away; if the
// process dies in between, the scheduled `dispatch-outbox` job (every ~2 s, any instance) moves it instead.
// A double dispatch (two instances, or a crash after the enqueue and before the row is marked) is harmless:
// the queue dedupes on the row's key.

/** Anything with the outbox model: the client itself or the `tx` of `db.$transaction(async (tx) => …)`. */
export type OutboxWriter = Pick<Db, "jobOutbox">;

export interface OutboxEnqueueOptions {
  /** Dedupe key: a second row with the same key is a no-op, and the queue runs one job per key. */
  key: string;
  delayMs?: number;
  /** Defaults to the clock; pass services.now() where a test controls time. */
  now?: Date;
}

/**
 * Records a job inside the caller's transaction. A duplicate key is a no-op: no error, and nothing that
 * aborts a PostgreSQL transaction (a database upsert, not a caught unique violation).
 */
export async function enqueueInTransaction(
  tx: OutboxWriter,
  name: string,
  payload: unknown,
  options: OutboxEnqueueOptions,
): Promise<void> {
  const now = options.now ?? new Date();
  const runAt = new Date(now.getTime() + Math.max(0, options.delayMs ?? 0));
  // `update` sets the key to itself: Prisma turns an upsert whose where and create share one unique field
  // into INSERT … ON CONFLICT ("key") DO UPDATE, a single statement on both providers.
  await tx.jobOutbox.upsert({
    where: { key: options.key },
    create: { name, payload: JSON.stringify(payload ?? null), key: options.key, runAt, createdAt: now },
    update: { key: options.key },
    select: { id: true },
  });
}

export interface DispatchOptions {
  /** Rows per call (default 200). */
  batchSize?: number;
  /**
   * Rows due within this many ms are handed to the queue now, with the remaining delay (default 10 s).
   * Later rows stay in the database until then: durable even with the in-process runner.
   */
  lookaheadMs?: number;
}

export interface DispatchResult {
  dispatched: number;
  failed: number;
}

/**
 * Moves due, undispatched outbox rows to the queue and marks them dispatched. Safe to run concurrently
 * (two instances, or after-commit call and scheduled job at once): the queue ignores a key it already has.
 */
export async function dispatchOutbox(
  services: Pick<JobServices, "db" | "now">,
  queue: JobQueue,
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const now = services.now();
  const horizon = new Date(now.getTime() + (options.lookaheadMs ?? 10_000));
  const rows = await services.db.jobOutbox.findMany({
    where: { dispatchedAt: null, runAt: { lte: horizon } },
    orderBy: [{ runAt: "asc" }, { createdAt: "asc" }],
    take: options.batchSize ?? 200,
  });
  let dispatched = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      // Enqueue first, then mark: a crash between the two re-dispatches the row, which the key makes harmless.
      await queue.enqueue(row.name, parsePayload(row.payload), {
        key: row.key,
        delayMs: Math.max(0, row.runAt.getTime() - now.getTime()),
      });
      await services.db.jobOutbox.updateMany({
        where: { id: row.id, dispatchedAt: null },
        data: { dispatchedAt: services.now() },
      });
      dispatched += 1;
    } catch (error) {
      // Left undispatched: the next scheduled dispatch tries again (e.g. an instance that knows this job).
      failed += 1;
      console.error(`outbox row ${row.id} (job ${row.name}, key ${row.key}) could not be dispatched:`, error);
    }
  }
  return { dispatched, failed };
}

// A row that is not JSON still becomes a job: its payload then fails the job's schema and is logged as a
// failed job, instead of blocking the outbox or vanishing.
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Dispatched rows older than this are deleted by the `purge-expired` job. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export async function purgeDispatchedOutbox(services: Pick<JobServices, "db" | "now">): Promise<number> {
  const cutoff = new Date(services.now().getTime() - OUTBOX_RETENTION_MS);
  const { count } = await services.db.jobOutbox.deleteMany({ where: { dispatchedAt: { lt: cutoff } } });
  return count;
}
