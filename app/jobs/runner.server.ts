import { offlineAdmin } from "../sessions/offline-admin.server";
import { prisma, type Db } from "../db.server";
import { createBullmqRunner, redactUrl } from "./bullmq-runner.server";
import { createInProcessRunner } from "./in-process-runner.server";
import { dispatchOutbox, type DispatchResult } from "./outbox.server";
import { createNotificationServices } from "../domain/notifications/services.server";
import { jobDefinitions } from "./registry.server";
import { registerKnowledgeJobQueue } from "../domain/knowledge/job-queue.server";
import type { EnqueueOptions, JobRunner, JobServices } from "./types";

// One job runner per process: BullMQ when REDIS_URL is set (production, several instances), in-process
// otherwise (the embedded default). Created and started on first use, never at import, so tests and
// scripts that import app modules start nothing. The server starts it at boot (app/entry.server.tsx) so
// scheduled jobs (outbox dispatch, recovery) run before the first request.

type RunnerState = { runner?: JobRunner; starting?: Promise<JobRunner>; stopping?: Promise<void>; signalsHooked?: boolean };

// Remix dev re-evaluates modules on change: keep one runner per process, like the Prisma client.
const globalState = globalThis as unknown as { switchboardJobs?: RunnerState };
const state: RunnerState = (globalState.switchboardJobs ??= {});

/** The services job handlers get in the app: the app's database and Admin API clients from offline sessions. */
export function createJobServices(db: Db = prisma, env: Record<string, string | undefined> = process.env): JobServices {
  const demo = env.SWITCHBOARD_DEMO === "1";
  const notifications = createNotificationServices({
    db,
    // The offline demo's links point at its own admin and storefront stand-ins.
    ...(demo
      ? {
          adminConversationUrl: (_shop: string, id: string) => `${env.SHOPIFY_APP_URL}/demo/admin?page=/app/inbox/${id}`,
          storefrontUrl: () => (env.SWITCHBOARD_DEMO_STOREFRONT_URL ? `${env.SWITCHBOARD_DEMO_STOREFRONT_URL}/` : null),
        }
      : {}),
  });
  return {
    db,
    notifications: demo ? { ...notifications, replyEmailDelayMs: 30_000 } : notifications,
    now: () => new Date(),
    adminFor: offlineAdmin,
  };
}

export const DEMO_MAX_EVERY_MS = 3_000;

/**
 * The longest interval a periodic job may have, if capped: the demo's sweeps (reply emails, reminders,
 * back-in-stock) run every few seconds instead of every minute so they can be watched, unless it is asked to keep
 * the production schedule (the load bench, which measures what production runs).
 */
export function scheduleCapMs(env: Record<string, string | undefined>): number | undefined {
  return env.SWITCHBOARD_DEMO === "1" && env.SWITCHBOARD_DEMO_SWEEPS !== "production" ? DEMO_MAX_EVERY_MS : undefined;
}

export function createJobRunner(env: Record<string, string | undefined> = process.env, services = createJobServices()): JobRunner {
  // The offline demo is the embedded default (in-process jobs) unless a test asks for Redis explicitly.
  const redisUrl = env.SWITCHBOARD_DEMO === "1" && env.SWITCHBOARD_DEMO_REDIS !== "1" ? undefined : env.REDIS_URL;
  // SWITCHBOARD_QUEUE_PREFIX keeps apps (or test runs) that share one Redis apart.
  if (redisUrl) return createBullmqRunner({ definitions: jobDefinitions, services, redisUrl, ...(env.SWITCHBOARD_QUEUE_PREFIX ? { prefix: env.SWITCHBOARD_QUEUE_PREFIX } : {}) });
  const maxEveryMs = scheduleCapMs(env);
  return createInProcessRunner({ definitions: jobDefinitions, services, ...(maxEveryMs ? { maxEveryMs } : {}) });
}

/** The process's runner, started (once). Enqueue through it: `(await getJobRunner()).enqueue(name, payload, { key })`. */
export function getJobRunner(): Promise<JobRunner> {
  if (!state.starting) {
    const runner = (state.runner = createJobRunner());
    state.starting = runner.start().then(
      () => {
        console.info(
          process.env.REDIS_URL
            ? `jobs: BullMQ runner started on ${redactUrl(process.env.REDIS_URL)}`
            : "jobs: in-process runner started (no REDIS_URL)",
        );
        hookShutdownSignals();
        // The product webhooks enqueue shop-content reindexing on the same runner.
        registerKnowledgeJobQueue(runner);
        return runner;
      },
      (error: unknown) => {
        // Let the next call try again (e.g. Redis came back) instead of caching the failure forever.
        state.starting = undefined;
        state.runner = undefined;
        void runner.stop().catch(() => undefined);
        throw error;
      },
    );
  }
  return state.starting;
}

/** Enqueues on the process's runner (starting it if needed). For jobs that do not belong to a transaction. */
export async function enqueueJob(name: string, payload: unknown, options?: EnqueueOptions): Promise<void> {
  await (await getJobRunner()).enqueue(name, payload, options);
}

/**
 * Call right after a transaction that used enqueueInTransaction() committed: moves due outbox rows to the
 * queue now instead of at the next scheduled dispatch. Never throws (it logs): the scheduled
 * `dispatch-outbox` job picks up whatever this did not move. In a request, do not await it
 * (`void dispatchOutboxAfterCommit()`): with Redis away, starting the runner can take up to 10 s.
 */
export async function dispatchOutboxAfterCommit(services: JobServices = createJobServices()): Promise<DispatchResult> {
  try {
    return await dispatchOutbox(services, await getJobRunner());
  } catch (error) {
    console.error("jobs: dispatching the outbox after commit failed (the scheduled dispatch will retry):", error);
    return { dispatched: 0, failed: 0 };
  }
}

/** The runner if one was made (started or starting), without making one. */
export function currentJobRunner(): JobRunner | undefined {
  return state.runner;
}

/**
 * Stops the process's runner (running jobs finish first). A second call while it stops (the server's shutdown and
 * this module's own signal hook both call it) waits for the same stop rather than returning at once.
 */
export async function stopJobRunner(): Promise<void> {
  const starting = state.starting;
  state.starting = undefined;
  const runner = state.runner;
  state.runner = undefined;
  if (runner) {
    state.stopping = (async () => {
      await starting?.catch(() => undefined);
      await runner.stop();
    })();
  }
  await state.stopping;
}

/**
 * Called once by the server at boot. Not under vitest (unit tests import app modules and start nothing), except for
 * the offline demo a browser test starts, which runs the app like `npm run demo` does; not with SWITCHBOARD_JOBS=off.
 */
export function startJobRunnerOnBoot(env: Record<string, string | undefined> = process.env): void {
  if ((env.VITEST && env.SWITCHBOARD_DEMO !== "1") || env.SWITCHBOARD_JOBS === "off") return;
  getJobRunner().catch((error: unknown) => console.error("jobs: the job runner did not start:", error));
}

// On SIGTERM/SIGINT the runner stops gracefully (BullMQ's connections would otherwise keep the process
// alive after the HTTP server closes). If nobody else handles the signal, it is raised again
// afterwards so the process still ends the way it would have without this handler.
function hookShutdownSignals(): void {
  if (state.signalsHooked) return;
  state.signalsHooked = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const onSignal = () => {
      const othersHandle = process.listenerCount(signal) > 1;
      process.removeListener(signal, onSignal);
      let timer: NodeJS.Timeout | undefined;
      // A job that hangs must not keep a deploy waiting forever: give running jobs 10 s.
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)));
      console.info(`jobs: ${signal}: stopping the job runner (running jobs finish first, at most 10 s)`);
      void Promise.race([stopJobRunner(), deadline])
        .catch((error: unknown) => console.error("jobs: stopping the job runner failed:", error))
        .finally(() => {
          clearTimeout(timer);
          if (!othersHandle) process.kill(process.pid, signal);
        });
    };
    process.on(signal, onSignal);
  }
}
