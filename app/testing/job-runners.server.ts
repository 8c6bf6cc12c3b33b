import type { Db } from "../db.server";
import { createBullmqRunner } from "../jobs/bullmq-runner.server";
import { createInProcessRunner } from "../jobs/in-process-runner.server";
import type { JobDefinition, JobFailure, JobRunner, JobServices } from "../jobs/types";
import { testRedisUrl } from "./test-redis.server";

// Builds runners of either kind for tests that must hold for both (describe.each(RUNNER_KINDS)).
// Usage: const prefix = uniqueRedisPrefix("topic"); afterEach(stopStartedRunners);
// afterAll(() => deleteRedisKeys(prefix)); runnerFactory(kind, prefix).instance([definitions]).

export type RunnerKind = "in-process" | "bullmq";
export const RUNNER_KINDS: RunnerKind[] = ["in-process", "bullmq"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
type Definitions = JobDefinition<any>[];

export interface RunnerFactory {
  kind: RunnerKind;
  /** A new runner instance. BullMQ instances of one factory share a queue, like app instances sharing Redis. */
  instance(
    definitions: Definitions,
    options?: { services?: JobServices; onFailed?: (failure: JobFailure) => void },
  ): JobRunner;
}

/** For jobs that never touch the database. */
export const noDbServices: JobServices = {
  db: {} as Db,
  now: () => new Date(),
  adminFor: async () => null,
};

const started: JobRunner[] = [];
let queueCounter = 0;

export function runnerFactory(kind: RunnerKind, redisPrefix: string): RunnerFactory {
  const queueName = `q${++queueCounter}-${Date.now().toString(36)}`;
  return {
    kind,
    instance(definitions, options = {}) {
      const common = {
        definitions,
        services: options.services ?? noDbServices,
        onFailed: options.onFailed ?? (() => undefined),
      };
      const runner =
        kind === "bullmq"
          ? createBullmqRunner({ ...common, redisUrl: testRedisUrl(), prefix: redisPrefix, queueName, connectTimeoutMs: 3_000 })
          : createInProcessRunner(common);
      started.push(runner);
      return runner;
    },
  };
}

/** Stops every runner the factories made (afterEach). */
export async function stopStartedRunners(): Promise<void> {
  await Promise.all(started.splice(0).map((runner) => runner.stop()));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
