// Which JobQueue the knowledge webhooks enqueue on. The app's job runner registers its queue at start-up
// (registerKnowledgeJobQueue); until one is registered, a minimal in-process queue runs the job once per dedupe key
// after its delay, so product webhooks still refresh the index on a single-instance install.
import type { EnqueueOptions, JobDefinition, JobQueue, JobServices } from "../../jobs/types";
import { reindexShopContentJob } from "./reindex-job.server";

let registered: JobQueue | null = null;

export function registerKnowledgeJobQueue(queue: JobQueue | null): void {
  registered = queue;
}

/** Fallback runner: dedupe by key while pending, run after delay, one attempt plus the job's retries. */
export class InProcessKnowledgeQueue implements JobQueue {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly jobs = new Map<string, JobDefinition<unknown>>();

  constructor(
    private readonly services: () => Promise<JobServices>,
    definitions: JobDefinition<never>[] = [reindexShopContentJob as unknown as JobDefinition<never>],
  ) {
    for (const d of definitions) this.jobs.set(d.name, d as unknown as JobDefinition<unknown>);
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    const data = job.payload.parse(payload);
    const key = options.key ?? crypto.randomUUID();
    if (this.pending.has(key)) return;
    const timer = setTimeout(() => void this.run(job, data, key, 1), options.delayMs ?? 0);
    timer.unref?.();
    this.pending.set(key, timer);
  }

  private async run(job: JobDefinition<unknown>, data: unknown, key: string, attempt: number): Promise<void> {
    try {
      await job.run(data, { services: await this.services(), jobs: this, attempt });
      this.pending.delete(key);
    } catch (error) {
      if (attempt >= (job.attempts ?? 5)) {
        this.pending.delete(key);
        console.error(`job ${job.name} (${key}) gave up after ${attempt} attempts`, error);
        return;
      }
      const timer = setTimeout(() => void this.run(job, data, key, attempt + 1), (job.backoffMs ?? 2_000) * 2 ** (attempt - 1));
      timer.unref?.();
      this.pending.set(key, timer);
    }
  }

  /** Keys waiting or retrying (tests). */
  pendingKeys(): string[] {
    return [...this.pending.keys()];
  }
}

let fallback: JobQueue | null = null;

export function knowledgeJobQueue(services: () => Promise<JobServices>): JobQueue {
  if (registered) return registered;
  fallback ??= new InProcessKnowledgeQueue(services);
  return fallback;
}
