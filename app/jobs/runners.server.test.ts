import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { assertRedisReachable, countRedisKeys, deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from "../testing/test-redis.server";
import {
  RUNNER_KINDS,
  noDbServices,
  runnerFactory as makeRunnerFactory,
  stopStartedRunners,
  waitFor,
  type RunnerKind,
} from "../testing/job-runners.server";
import { createBullmqRunner, jobIdForKey, keyForJobId, type BullmqJobRunner } from "./bullmq-runner.server";
import { defineJob, PermanentJobError, type JobDefinition, type JobFailure, type JobServices } from "./types";

// The same contract, run against both runners: the embedded in-process runner and BullMQ on a real Redis.

const redisUrl = testRedisUrl();
const prefix = uniqueRedisPrefix("jobs");
const runnerFactory = (kind: RunnerKind) => makeRunnerFactory(kind, prefix);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recordingJob(name = "record", extra: Partial<JobDefinition<{ value: string }>> = {}) {
  const runs: Array<{ value: string; attempt: number; at: number }> = [];
  const definition = defineJob({
    name,
    payload: z.object({ value: z.string() }),
    backoffMs: 50,
    async run(payload, { attempt }) {
      runs.push({ value: payload.value, attempt, at: Date.now() });
    },
    ...extra,
  });
  return { definition, runs };
}

beforeAll(async () => {
  await assertRedisReachable(redisUrl);
});

afterEach(stopStartedRunners);

afterAll(async () => {
  await deleteRedisKeys(prefix, redisUrl);
  expect(await countRedisKeys(prefix, redisUrl)).toBe(0);
});

describe("BullMQ runner without Redis", () => {
  it("fails start() with a clear error instead of waiting forever", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = createBullmqRunner({
      definitions: [recordingJob().definition],
      services: noDbServices,
      redisUrl: "redis://127.0.0.1:1",
      prefix,
      connectTimeoutMs: 1_000,
      enqueueTimeoutMs: 500,
    });
    try {
      await expect(runner.start()).rejects.toThrow(/Redis is not reachable at redis:\/\/127.0.0.1:1 after 1000 ms/);
      // No in-memory offline queue: an enqueue fails at once rather than hanging a request.
      await expect(runner.enqueue("record", { value: "x" })).rejects.toThrow(/timed out after 500 ms|Stream isn't writeable|Connection is closed/);
    } finally {
      await runner.stop();
      logged.mockRestore();
    }
  });
});

describe("BullMQ job ids", () => {
  it("encodes any key into a valid, distinct job id and back", () => {
    for (const key of ["recover:msg_1:2", "42", "a b/ü", "k_x"]) {
      const id = jobIdForKey(key);
      expect(id).not.toContain(":");
      expect(`${parseInt(id, 10)}`).not.toBe(id);
      expect(keyForJobId(id)).toBe(key);
    }
    expect(jobIdForKey("a:b")).not.toBe(jobIdForKey("a%3Ab"));
  });
});

describe("BullMQ schedulers", () => {
  it("moves a scheduler that an earlier version made without a phase onto its phase", async () => {
    const minute = 60_000;
    const job = defineJob({ name: "old-sweep", payload: z.object({}).passthrough(), everyMs: minute, attempts: 1, run: async () => {} });
    const runner = runnerFactory("bullmq").instance([job]) as BullmqJobRunner;
    // As the runner upserted it before phases: `every` alone, so BullMQ counts the interval from now.
    await runner.queue.upsertJobScheduler("old-sweep", { every: minute }, { name: "old-sweep", data: {} });
    await runner.start();
    const scheduler = await runner.queue.getJobScheduler("old-sweep");
    // Alone in its interval: half a minute past the minute, counted from the epoch.
    expect(scheduler?.offset).toBe(minute / 2);
    expect(Number(scheduler?.next) % minute).toBe(minute / 2);
  });
});

describe.each(RUNNER_KINDS)("%s runner", (kind) => {
  it("runs a job with its payload, the services and attempt 1", async () => {
    const services: JobServices = { ...noDbServices, now: () => new Date("2026-01-01T00:00:00Z") };
    const seen: unknown[] = [];
    const job = defineJob({
      name: "echo",
      payload: z.object({ text: z.string() }),
      async run(payload, context) {
        seen.push({ payload, attempt: context.attempt, now: context.services.now().toISOString() });
      },
    });
    const runner = runnerFactory(kind).instance([job], { services });
    await runner.start();
    await runner.enqueue("echo", { text: "hello" });
    await runner.drain();
    expect(seen).toEqual([{ payload: { text: "hello" }, attempt: 1, now: "2026-01-01T00:00:00.000Z" }]);
  });

  it("refuses an unknown job name", async () => {
    const runner = runnerFactory(kind).instance([recordingJob().definition]);
    await runner.start();
    await expect(runner.enqueue("no-such-job", {})).rejects.toThrow(/unknown job no-such-job/);
  });

  it("runs a key once: twice at once, and again after it finished", async () => {
    const { definition, runs } = recordingJob();
    const runner = runnerFactory(kind).instance([definition]);
    await runner.start();
    await Promise.all([
      runner.enqueue("record", { value: "first" }, { key: "order:1003:notify" }),
      runner.enqueue("record", { value: "second" }, { key: "order:1003:notify" }),
    ]);
    await runner.drain();
    await runner.enqueue("record", { value: "third" }, { key: "order:1003:notify" });
    await runner.enqueue("record", { value: "other key" }, { key: "order:1004:notify" });
    await runner.drain();
    expect(runs.map((run) => run.value).sort()).toEqual(["first", "other key"].sort());
  });

  it("jobs without a key are not deduplicated", async () => {
    const { definition, runs } = recordingJob();
    const runner = runnerFactory(kind).instance([definition]);
    await runner.start();
    await runner.enqueue("record", { value: "a" });
    await runner.enqueue("record", { value: "a" });
    await runner.drain();
    expect(runs).toHaveLength(2);
  });

  it("retries with exponential backoff, then succeeds", async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    const failures: JobFailure[] = [];
    const job = defineJob({
      name: "flaky",
      payload: z.object({}),
      attempts: 5,
      backoffMs: 150,
      async run(_payload, { attempt }) {
        attempts.push({ attempt, at: Date.now() });
        if (attempt < 3) throw new Error(`transient failure ${attempt}`);
      },
    });
    const runner = runnerFactory(kind).instance([job], { onFailed: (failure) => failures.push(failure) });
    await runner.start();
    await runner.enqueue("flaky", {}, { key: "flaky-1" });
    await runner.drain();
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const firstGap = attempts[1].at - attempts[0].at;
    const secondGap = attempts[2].at - attempts[1].at;
    // 150 ms, then 300 ms (a few ms of slack for timer and Redis clock granularity).
    expect(firstGap).toBeGreaterThanOrEqual(140);
    expect(secondGap).toBeGreaterThanOrEqual(290);
    expect(failures).toEqual([]);
  });

  it("gives up after `attempts` and reports the failure once", async () => {
    let runs = 0;
    const failures: JobFailure[] = [];
    const job = defineJob({
      name: "doomed",
      payload: z.object({}),
      attempts: 3,
      backoffMs: 20,
      async run() {
        runs += 1;
        throw new Error("always fails");
      },
    });
    const runner = runnerFactory(kind).instance([job], { onFailed: (failure) => failures.push(failure) });
    await runner.start();
    await runner.enqueue("doomed", {}, { key: "doomed-1" });
    await runner.drain();
    expect(runs).toBe(3);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ name: "doomed", key: "doomed-1", attempts: 3 });
    expect(String(failures[0].error)).toMatch(/always fails/);
  });

  it("does not run a delayed job early", async () => {
    const { definition, runs } = recordingJob();
    const runner = runnerFactory(kind).instance([definition]);
    await runner.start();
    const enqueuedAt = Date.now();
    await runner.enqueue("record", { value: "later" }, { key: "delayed-1", delayMs: 700 });
    await sleep(350);
    expect(runs).toEqual([]);
    await runner.drain();
    expect(runs).toHaveLength(1);
    expect(runs[0].at - enqueuedAt).toBeGreaterThanOrEqual(690);
  });

  it(
    kind === "bullmq"
      ? "runs a scheduled job once per interval, with two instances on the same Redis"
      : "runs a scheduled job once per interval",
    async () => {
      const everyMs = 400;
      const runs: number[] = [];
      const job = defineJob({
        name: "tick",
        payload: z.object({}).passthrough(),
        everyMs,
        attempts: 1,
        async run() {
          runs.push(Date.now());
        },
      });
      const factory = runnerFactory(kind);
      const instances = kind === "bullmq" ? [factory.instance([job]), factory.instance([job])] : [factory.instance([job])];
      await Promise.all(instances.map((runner) => runner.start()));
      await sleep(2_500);
      // Runs read before the slots: a run that starts between the two reads has no slot in the list yet.
      const runsBeforeSlots = runs.length;
      const slots =
        kind === "bullmq"
          ? // Scheduler-made job ids end in the slot time: one job per slot means once per interval.
            // Completed and active: a job pushes its run before BullMQ marks it completed.
            (await (instances[0] as BullmqJobRunner).queue.getJobs(["completed", "active"])).map((job) =>
              Number(job.id?.split(":").pop()),
            )
          : [];
      await Promise.all(instances.map((runner) => runner.stop()));
      // About 2,500 / 400 ≈ 6 runs; two schedulers would make about twice as many.
      expect(runs.length).toBeGreaterThanOrEqual(3);
      expect(runs.length).toBeLessThanOrEqual(8);
      if (kind === "bullmq") {
        // Every run is one scheduled slot (a job that already ran may be still active: at most one more slot).
        expect(runsBeforeSlots, `runs ${runs.join(", ")} slots ${slots.join(", ")}`).toBeLessThanOrEqual(slots.length);
        expect(slots.length).toBeLessThanOrEqual(runs.length + 1);
        const sorted = [...slots].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i += 1) expect(sorted[i] - sorted[i - 1], `slots ${sorted.join(", ")}`).toBeGreaterThanOrEqual(everyMs);
      } else {
        // Interval timers never bunch up, even on a loaded machine.
        const sorted = [...runs].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i += 1) expect(sorted[i] - sorted[i - 1]).toBeGreaterThan(everyMs / 2);
      }
    },
  );

  it("runs the jobs that share an interval at their own phases, not all at once", async () => {
    const everyMs = 600;
    const runs = new Map<string, number[]>([
      ["sweep-a", []],
      ["sweep-b", []],
    ]);
    const sweeps = [...runs.keys()].map((name) =>
      defineJob({ name, payload: z.object({}).passthrough(), everyMs, attempts: 1, run: async () => void runs.get(name)?.push(Date.now()) }),
    );
    const runner = runnerFactory(kind).instance(sweeps);
    await runner.start();
    await waitFor(() => [...runs.values()].every((times) => times.length >= 3), 10_000);
    await runner.stop();
    // Phases 150 and 450 ms into each 600 ms interval (counted from the epoch): each job's runs keep to its own
    // (a timer may fire a millisecond or two early: Node rounds its times).
    const phase = (at: number) => at % everyMs;
    for (const at of runs.get("sweep-a") ?? []) expect(phase(at), `sweep-a ran at ${phase(at)} ms of its interval`).toBeGreaterThanOrEqual(140);
    for (const at of runs.get("sweep-b") ?? []) expect(phase(at), `sweep-b ran at ${phase(at)} ms of its interval`).toBeGreaterThanOrEqual(440);
    // Neither runs at start: a job's first run is at its phase.
    const firsts = [...runs.values()].map((times) => times[0]);
    expect(Math.abs(firsts[0] - firsts[1]) % everyMs).not.toBeLessThan(100);
  });

  it("fails an invalid payload at once, without retries", async () => {
    const { definition, runs } = recordingJob("strict", { attempts: 5 });
    const failures: JobFailure[] = [];
    const runner = runnerFactory(kind).instance([definition], { onFailed: (failure) => failures.push(failure) });
    await runner.start();
    await runner.enqueue("strict", { value: 42 }, { key: "bad-payload" });
    await runner.drain();
    expect(runs).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ name: "strict", key: "bad-payload", attempts: 1 });
    expect(String(failures[0].error)).toMatch(/invalid payload for job strict/);
  });

  it("does not retry a PermanentJobError", async () => {
    let runs = 0;
    const failures: JobFailure[] = [];
    const job = defineJob({
      name: "gone",
      payload: z.object({}),
      attempts: 5,
      backoffMs: 20,
      async run() {
        runs += 1;
        throw new PermanentJobError("the conversation was deleted");
      },
    });
    const runner = runnerFactory(kind).instance([job], { onFailed: (failure) => failures.push(failure) });
    await runner.start();
    await runner.enqueue("gone", {}, { key: "gone-1" });
    await runner.drain();
    expect(runs).toBe(1);
    expect(failures).toHaveLength(1);
    expect(String(failures[0].error)).toMatch(/conversation was deleted/);
  });

  it("lets a job enqueue follow-up jobs", async () => {
    const { definition, runs } = recordingJob();
    const parent = defineJob({
      name: "parent",
      payload: z.object({ n: z.number() }),
      async run(payload, { jobs }) {
        await jobs.enqueue("record", { value: `child of ${payload.n}` }, { key: `child-${payload.n}` });
      },
    });
    const runner = runnerFactory(kind).instance([definition, parent]);
    await runner.start();
    await runner.enqueue("parent", { n: 7 });
    await waitFor(() => runs.length === 1);
    await runner.drain();
    expect(runs.map((run) => run.value)).toEqual(["child of 7"]);
  });

  it("stop() waits for running jobs and then refuses new ones", async () => {
    let finished = false;
    let startedRun = false;
    const job = defineJob({
      name: "slow",
      payload: z.object({}),
      async run() {
        startedRun = true;
        await sleep(300);
        finished = true;
      },
    });
    const runner = runnerFactory(kind).instance([job]);
    await runner.start();
    await runner.enqueue("slow", {});
    await waitFor(() => startedRun);
    await runner.stop();
    expect(finished).toBe(true);
    await expect(runner.enqueue("slow", {})).rejects.toThrow(/stopped/);
  });

  it("lets the process exit after stop(), with a delayed job and a schedule pending", async () => {
    const fixture = path.join(import.meta.dirname, "stop-exits.fixture.ts");
    // A child that hangs after stop() is killed at the timeout and fails the test (tsx start-up is most of the time).
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      [fixture, kind, redisUrl, prefix],
      { timeout: 45_000 },
    );
    expect(stdout).toContain("stopped");
  }, 50_000);
});
