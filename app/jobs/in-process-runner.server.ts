import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
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
import { nextRunAt, schedulePhases } from "./schedule-phases.server";

// The embedded default: jobs run in this process, with the same dedupe, delay, retry and schedule rules as
// the BullMQ runner. What it does not give: durability. Jobs waiting in memory (queued, delayed, between
// retries) are lost when the process dies; work that must survive goes through the outbox
// (app/jobs/outbox.server.ts) or is found again by a recovery scan. See docs/decisions/0004-jobs-on-bullmq.md.

export interface InProcessRunnerOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
  definitions: readonly JobDefinition<any>[];
  services: JobServices;
  /** Jobs running at once (default 4). */
  concurrency?: number;
  /** How many keys the dedupe memory holds (default 100,000); the oldest are forgotten first. */
  dedupeMax?: number;
  dedupeTtlMs?: number;
  onFailed?: (failure: JobFailure) => void;
  /** Scheduled jobs run at least this often (the offline demo: a newcomer sees the emails within seconds, not a minute). */
  maxEveryMs?: number;
}

interface PendingJob {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition: JobDefinition<any>;
  payload: unknown;
  key: string;
  attempt: number;
}

export class InProcessJobRunner implements JobRunner {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly definitions = new Map<string, JobDefinition<any>>();
  private readonly seenKeys: LRUCache<string, true>;
  private readonly ready: PendingJob[] = [];
  private readonly delayed = new Set<NodeJS.Timeout>();
  private readonly schedules = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private idleWaiters: Array<() => void> = [];
  private state: "idle" | "started" | "stopped" = "idle";

  constructor(private readonly options: InProcessRunnerOptions) {
    for (const definition of options.definitions) {
      if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
      this.definitions.set(definition.name, definition);
    }
    this.seenKeys = new LRUCache({ max: options.dedupeMax ?? 100_000, ttl: options.dedupeTtlMs ?? DEDUPE_WINDOW_MS });
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`unknown job ${name}`);
    if (this.state === "stopped") throw new Error(`job runner is stopped; job ${name} was not enqueued`);
    const key = options.key ?? randomUUID();
    if (this.seenKeys.has(key)) return;
    this.seenKeys.set(key, true);
    this.schedule({ definition, payload, key, attempt: 1 }, options.delayMs ?? 0);
  }

  async start(): Promise<void> {
    if (this.state !== "idle") return;
    this.state = "started";
    const periodic = [...this.definitions.values()]
      .filter((definition) => definition.everyMs)
      .map((definition) => ({ name: definition.name, everyMs: Math.min(definition.everyMs ?? Infinity, this.options.maxEveryMs ?? Infinity) }));
    const phases = schedulePhases(periodic);
    for (const { name, everyMs } of periodic) {
      const phaseMs = phases.get(name) ?? 0;
      // One key per interval slot, so a timer that fires twice in one slot never makes two jobs for it.
      const tick = () =>
        this.enqueue(name, {}, { key: `${name}@${Math.floor(Date.now() / everyMs)}` }).catch((error: unknown) =>
          console.error(`scheduling job ${name} failed:`, error),
        );
      // A timer per run, each aimed at the job's phase, so runs neither drift together nor all start at boot.
      const arm = () => {
        const timer = setTimeout(() => {
          this.schedules.delete(timer);
          if (this.state !== "started") return;
          void tick();
          arm();
        }, nextRunAt(Date.now(), everyMs, phaseMs) - Date.now());
        timer.unref();
        this.schedules.add(timer);
      };
      arm();
    }
    this.pump();
  }

  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "stopped";
    for (const timer of [...this.delayed, ...this.schedules]) clearTimeout(timer);
    this.delayed.clear();
    this.schedules.clear();
    const dropped = this.ready.splice(0).length;
    if (dropped > 0) console.warn(`job runner stopped with ${dropped} queued job(s) not run`);
    await Promise.allSettled([...this.running]);
    this.notifyIfIdle();
  }

  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(job: PendingJob, delayMs: number): void {
    if (this.state === "stopped") return;
    if (delayMs <= 0) {
      this.ready.push(job);
      this.pump();
      return;
    }
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.ready.push(job);
      this.pump();
    }, delayMs);
    // A delayed job must not keep a script or test process alive; a server is kept alive by its listener.
    timer.unref();
    this.delayed.add(timer);
  }

  private pump(): void {
    const concurrency = this.options.concurrency ?? 4;
    while (this.state === "started" && this.running.size < concurrency && this.ready.length > 0) {
      const job = this.ready.shift()!;
      const run: Promise<void> = this.execute(job).finally(() => {
        this.running.delete(run);
        this.pump();
        this.notifyIfIdle();
      });
      this.running.add(run);
    }
    this.notifyIfIdle();
  }

  private async execute(job: PendingJob): Promise<void> {
    const { definition } = job;
    const attempts = definition.attempts ?? DEFAULT_ATTEMPTS;
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) {
      // Retrying cannot make a payload valid.
      this.fail(job, new Error(`invalid payload for job ${definition.name}: ${parsed.error.message}`));
      return;
    }
    try {
      await definition.run(parsed.data, { services: this.options.services, jobs: this, attempt: job.attempt });
    } catch (error) {
      if (error instanceof PermanentJobError || job.attempt >= attempts) {
        this.fail(job, error);
        return;
      }
      const backoffMs = (definition.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (job.attempt - 1);
      this.schedule({ ...job, attempt: job.attempt + 1 }, backoffMs);
    }
  }

  private fail(job: PendingJob, error: unknown): void {
    const failure = { name: job.definition.name, key: job.key, attempts: job.attempt, error };
    try {
      (this.options.onFailed ?? logJobFailure)(failure);
    } catch (hookError) {
      console.error("job failure hook threw:", hookError);
    }
  }

  private isIdle(): boolean {
    return this.ready.length === 0 && this.running.size === 0 && this.delayed.size === 0;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle() || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

export function createInProcessRunner(options: InProcessRunnerOptions): InProcessJobRunner {
  return new InProcessJobRunner(options);
}
