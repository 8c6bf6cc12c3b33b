import { randomUUID } from "node:crypto";
import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from "bullmq";
import {
  DEDUPE_WINDOW_MS,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  PermanentJobError,
  logJobFailure,
  type EnqueueOptions,
  type JobDefinition,
  type JobFailure,
  type JobRunner,
  type JobServices,
} from "./types";
import { schedulePhases } from "./schedule-phases.server";

// Production runner: BullMQ on Redis. One queue for all jobs, the job name is the definition's name:
// one Worker per instance (3 Redis connections, not 3 per job type), one place to watch, and adding a job
// type needs no new queue. The price: one slow job type can hold the worker's slots, hence the concurrency
// default and short handlers. See docs/decisions/0004-jobs-on-bullmq.md.

export interface BullmqRunnerOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
  definitions: readonly JobDefinition<any>[];
  services: JobServices;
  /** redis://… (REDIS_URL). */
  redisUrl: string;
  /** Redis key prefix (default "switchboard"); tests use a unique one per run. */
  prefix?: string;
  /** Queue name (default "jobs"). */
  queueName?: string;
  /** Jobs running at once in this instance (default 8). */
  concurrency?: number;
  /** How long start() waits for Redis before failing (default 10 s). */
  connectTimeoutMs?: number;
  /** How long enqueue() waits for Redis before failing (default 5 s). */
  enqueueTimeoutMs?: number;
  onFailed?: (failure: JobFailure) => void;
}

// Finished jobs are kept this long so that their jobId keeps blocking a new job with the same key.
const KEEP_FINISHED = { age: Math.ceil(DEDUPE_WINDOW_MS / 1000) };
// Scheduled jobs have one id per slot and need no dedupe window: keep only a short history.
const KEEP_SCHEDULED = { count: 100 };

/**
 * BullMQ job ids may not be integers and may not contain ":" (Redis key separators). Encoding keeps any
 * dedupe key usable and distinct keys distinct.
 */
export function jobIdForKey(key: string): string {
  return `k_${encodeURIComponent(key)}`;
}

export function keyForJobId(jobId: string | undefined): string {
  return jobId?.startsWith("k_") ? decodeURIComponent(jobId.slice(2)) : (jobId ?? "");
}

export class BullmqJobRunner implements JobRunner {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly definitions = new Map<string, JobDefinition<any>>();
  readonly queue: Queue;
  private worker: Worker | undefined;
  private state: "idle" | "started" | "stopped" = "idle";

  constructor(private readonly options: BullmqRunnerOptions) {
    for (const definition of options.definitions) {
      if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
      this.definitions.set(definition.name, definition);
    }
    this.queue = new Queue(options.queueName ?? "jobs", {
      // Fail fast instead of queueing commands in memory while Redis is away: an enqueue in a request then
      // errors at once (the outbox row or the recovery scan is the durable path) rather than hanging.
      connection: { ...this.connection(), enableOfflineQueue: false },
      prefix: options.prefix ?? "switchboard",
    });
    // Without a listener an unreachable Redis is an unhandled 'error' event; start() reports it instead.
    this.queue.on("error", (error) => console.error("job queue (Redis) error:", error.message));
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`unknown job ${name}`);
    if (this.state === "stopped") throw new Error(`job runner is stopped; job ${name} was not enqueued`);
    // An add with the id of a job that still exists (waiting, delayed, active, or finished within the
    // KEEP_FINISHED window) is ignored by BullMQ: that is the dedupe.
    const adding = this.queue.add(name, payload, {
      ...this.jobOptions(definition),
      jobId: jobIdForKey(options.key ?? randomUUID()),
      delay: Math.max(0, options.delayMs ?? 0),
    });
    // If the add still lands after the timeout, nothing is doubled: a retry uses the same key.
    adding.catch(() => undefined);
    const timeoutMs = this.options.enqueueTimeoutMs ?? 5_000;
    await withTimeout(adding, timeoutMs, () => new Error(`enqueue of job ${name} timed out after ${timeoutMs} ms (Redis unreachable?)`));
  }

  async start(): Promise<void> {
    if (this.state !== "idle") return;
    this.state = "started";
    await this.waitForRedis();
    const periodic = [...this.definitions.values()].filter((definition) => definition.everyMs);
    const phases = schedulePhases(periodic.map(({ name, everyMs }) => ({ name, everyMs: everyMs ?? 0 })));
    for (const definition of periodic) {
      const offset = phases.get(definition.name);
      // A scheduler made before phases existed (or with another phase) keeps its old one through an upsert:
      // BullMQ carries the next run over. Replaced, it takes the new phase from its next run on.
      const existing = await this.queue.getJobScheduler(definition.name);
      if (existing && existing.every === definition.everyMs && existing.offset !== offset) await this.queue.removeJobScheduler(definition.name);
      // The scheduler id is the job name: every instance upserts the same scheduler, so the job is
      // produced once per interval however many instances run. The offset is its phase in the interval
      // (counted from the epoch, as BullMQ counts it), so the jobs of one interval do not all run at once.
      await this.queue.upsertJobScheduler(
        definition.name,
        { every: definition.everyMs, offset },
        {
          name: definition.name,
          data: {},
          opts: { ...this.jobOptions(definition), removeOnComplete: KEEP_SCHEDULED, removeOnFail: KEEP_SCHEDULED },
        },
      );
    }
    this.worker = new Worker(this.queue.name, (job) => this.process(job), {
      connection: this.connection(),
      prefix: this.options.prefix ?? "switchboard",
      concurrency: this.options.concurrency ?? 8,
    });
    this.worker.on("error", (error) => console.error("job worker (Redis) error:", error.message));
    this.worker.on("failed", (job, error) => {
      // 'failed' fires on every failed attempt; finishedOn is set only when BullMQ gives the job up.
      if (!job || !job.finishedOn) return;
      const failure = { name: job.name, key: keyForJobId(job.id), attempts: job.attemptsMade, error };
      try {
        (this.options.onFailed ?? logJobFailure)(failure);
      } catch (hookError) {
        console.error("job failure hook threw:", hookError);
      }
    });
    await this.worker.waitUntilReady();
  }

  /** Graceful: the worker finishes its running jobs first; waiting jobs stay in Redis for the next instance. */
  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "stopped";
    await this.worker?.close();
    await this.queue.close();
  }

  async drain(): Promise<void> {
    // Two quiet looks in a row: a job moving between states (delayed -> waiting) is never missed by both.
    let quiet = 0;
    while (quiet < 2) {
      quiet = (await this.hasPendingWork()) ? 0 : quiet + 1;
      if (quiet < 2) await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async hasPendingWork(): Promise<boolean> {
    const counts = await this.queue.getJobCounts("waiting", "active", "prioritized", "waiting-children");
    if (Object.values(counts).some((count) => count > 0)) return true;
    // Scheduler-made jobs are always delayed (the next slot): they do not count as pending work.
    const delayed = await this.queue.getDelayed();
    return delayed.some((job) => !job.repeatJobKey);
  }

  private async process(job: Job): Promise<void> {
    const definition = this.definitions.get(job.name);
    // During a rolling deploy an older instance may take a job type it does not know yet: a plain error
    // retries with backoff, so an instance that knows it picks it up.
    if (!definition) throw new Error(`unknown job ${job.name} (is this instance older than the one that enqueued it?)`);
    const parsed = definition.payload.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid payload for job ${job.name}: ${parsed.error.message}`);
    }
    try {
      await definition.run(parsed.data, { services: this.options.services, jobs: this, attempt: job.attemptsMade + 1 });
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private jobOptions(definition: JobDefinition<any>): JobsOptions {
    return {
      attempts: definition.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: "exponential", delay: definition.backoffMs ?? DEFAULT_BACKOFF_MS },
      removeOnComplete: KEEP_FINISHED,
      removeOnFail: KEEP_FINISHED,
    };
  }

  private connection() {
    // maxRetriesPerRequest: null is what BullMQ requires for its blocking worker connection.
    return { url: this.options.redisUrl, maxRetriesPerRequest: null };
  }

  private async waitForRedis(): Promise<void> {
    const timeoutMs = this.options.connectTimeoutMs ?? 10_000;
    await withTimeout(
      this.queue.waitUntilReady(),
      timeoutMs,
      () => new Error(`Redis is not reachable at ${redactUrl(this.options.redisUrl)} after ${timeoutMs} ms (REDIS_URL)`),
    );
  }
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createBullmqRunner(options: BullmqRunnerOptions): BullmqJobRunner {
  return new BullmqJobRunner(options);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}
