import type { z } from "zod";
import type { Db } from "../db.server";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";

/**
 * Background work as named jobs. Domain code enqueues a job by name with a payload and a dedupe key;
 * a runner executes it: in-process for the embedded default (SQLite, one machine), BullMQ on Redis in
 * production (see docs/decisions/0004-jobs-on-bullmq.md). Both runners apply the same rules:
 * - a job with a key that was already enqueued (pending, running or finished in the last 24 h) is not enqueued again;
 * - a failing job is retried with exponential backoff (`attempts`, `backoffMs`), then given up and logged;
 * - handlers are idempotent all the same: a job may still run twice (a crash after the work, before the ack).
 */
export interface JobQueue {
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
}

export interface EnqueueOptions {
  /** Dedupe key: one job per key. Defaults to a random key (no dedupe). */
  key?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

/** What a job handler may use. Runners are built with one; tests pass their own (a test database, a simulated shop). */
export interface JobServices {
  db: Db;
  now(): Date;
  /** An Admin API client for the shop's offline session, or null when the shop has none (uninstalled). */
  adminFor(shop: string): Promise<AdminGraphql | null>;
}

export interface JobContext {
  services: JobServices;
  jobs: JobQueue;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export interface JobDefinition<P = unknown> {
  name: string;
  payload: z.ZodType<P, z.ZodTypeDef, unknown>;
  run(payload: P, context: JobContext): Promise<void>;
  /** Total runs before giving up (default 5). */
  attempts?: number;
  /** First retry delay; doubles each retry (default 2,000 ms). */
  backoffMs?: number;
  /** Scheduled job: enqueued every this many milliseconds, once across all instances. */
  everyMs?: number;
}

/** Typed helper so a job's payload type follows from its schema. */
export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

/** A queue that also runs the jobs: the in-process runner or the BullMQ runner. */
export interface JobRunner extends JobQueue {
  /** Starts running jobs and registers the scheduled (`everyMs`) jobs. */
  start(): Promise<void>;
  /** Stops taking jobs, clears timers and waits for running jobs to finish. */
  stop(): Promise<void>;
  /** Resolves when nothing is pending, delayed (scheduled jobs aside) or running. For tests and scripts. */
  drain(): Promise<void>;
}

/** A job that was given up: all attempts used, or a failure that no retry can fix. */
export interface JobFailure {
  name: string;
  key: string;
  attempts: number;
  error: unknown;
}

/** Throw from a handler when retrying cannot help (e.g. the record it works on is gone): no further attempts. */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 2_000;
/** How long a finished job's key still blocks a new job with the same key. */
export const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function logJobFailure(failure: JobFailure): void {
  console.error(
    `job ${failure.name} (key ${failure.key}) failed after ${failure.attempts} attempt(s), giving up:`,
    failure.error,
  );
}
