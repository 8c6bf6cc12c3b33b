import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../testing/test-database.server";
import { enqueueInTransaction } from "./outbox.server";
import { BullmqJobRunner } from "./bullmq-runner.server";
import { z } from "zod";
import { createInProcessRunner, InProcessJobRunner } from "./in-process-runner.server";
import { defineJob } from "./types";
import { jobDefinitions } from "./registry.server";
import {
  createJobRunner,
  DEMO_MAX_EVERY_MS,
  scheduleCapMs,
  createJobServices,
  currentJobRunner,
  dispatchOutboxAfterCommit,
  getJobRunner, startJobRunnerOnBoot, stopJobRunner } from "./runner.server";

describe("the process's job runner", () => {
  afterEach(() => stopJobRunner());

  it("is BullMQ with REDIS_URL and in-process without", async () => {
    const services = createJobServices();
    const bullmq = createJobRunner({ REDIS_URL: "redis://127.0.0.1:6379" }, services);
    expect(bullmq).toBeInstanceOf(BullmqJobRunner);
    await bullmq.stop();
    expect(createJobRunner({}, services)).toBeInstanceOf(InProcessJobRunner);
  });

  it("is one instance per process, started once, and can be stopped and made again", async () => {
    const [a, b] = await Promise.all([getJobRunner(), getJobRunner()]);
    expect(a).toBe(b);
    await stopJobRunner();
    const c = await getJobRunner();
    expect(c).not.toBe(a);
  });

  it("makes a second stop, while the first is still stopping, wait for the same stop (the server's shutdown and the signal hook)", async () => {
    const runner = await getJobRunner();
    const stop = runner.stop.bind(runner);
    let stopped = false;
    vi.spyOn(runner, "stop").mockImplementation(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await stop();
      stopped = true;
    });
    const first = stopJobRunner();
    await stopJobRunner();
    expect(stopped).toBe(true);
    await first;
    expect(runner.stop).toHaveBeenCalledTimes(1);
  });

  it("is not started at boot under vitest or with SWITCHBOARD_JOBS=off", async () => {
    startJobRunnerOnBoot({ VITEST: "true" });
    startJobRunnerOnBoot({ SWITCHBOARD_JOBS: "off" });
    expect(currentJobRunner()).toBeUndefined();
    startJobRunnerOnBoot({});
    expect(currentJobRunner()).toBeInstanceOf(process.env.REDIS_URL ? BullmqJobRunner : InProcessJobRunner);
  });

  it("is started at boot by the offline demo even under vitest (browser tests run the demo), sweeping every few seconds", async () => {
    await stopJobRunner();
    startJobRunnerOnBoot({ VITEST: "true", SWITCHBOARD_DEMO: "1" });
    expect(currentJobRunner()).toBeDefined();
    await stopJobRunner();

    // A job scheduled hourly runs again within seconds in a runner made with the demo's cap.
    let runs = 0;
    const hourly = defineJob({ name: "hourly-sweep", payload: z.object({}).passthrough(), everyMs: 3_600_000, attempts: 1, run: async () => void runs++ });
    const runner = createInProcessRunner({ definitions: [hourly], services: createJobServices(), maxEveryMs: 200 });
    await runner.start();
    try {
      await expect.poll(() => runs, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    } finally {
      await runner.stop();
    }
    expect(createJobRunner({ SWITCHBOARD_DEMO: "1" })).toBeInstanceOf(InProcessJobRunner);
  });

  it("caps periodic jobs at a few seconds only in the demo, and not when the demo keeps the production schedule", () => {
    expect(scheduleCapMs({ SWITCHBOARD_DEMO: "1" })).toBe(DEMO_MAX_EVERY_MS);
    expect(scheduleCapMs({ SWITCHBOARD_DEMO: "1", SWITCHBOARD_DEMO_SWEEPS: "production" })).toBeUndefined();
    expect(scheduleCapMs({})).toBeUndefined();
  });

  it("registers the outbox dispatch and housekeeping jobs, with unique names", () => {
    const names = jobDefinitions.map((definition) => definition.name);
    expect(names).toEqual(expect.arrayContaining(["dispatch-outbox", "purge-expired"]));
    expect(new Set(names).size).toBe(names.length);
    expect(jobDefinitions.find((d) => d.name === "dispatch-outbox")?.everyMs).toBeLessThanOrEqual(5_000);
  });

  it("gives handlers no Admin API client for a shop without an offline session", async () => {
    expect(await createJobServices().adminFor("no-session-here.myshopify.com")).toBeNull();
  });

  it("dispatches committed outbox rows after commit, and never throws", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const services = createJobServices(database.prisma);
      await database.prisma.$transaction((tx) => enqueueInTransaction(tx, "dispatch-outbox", {}, { key: "after-commit-1" }));
      expect(await dispatchOutboxAfterCommit(services)).toEqual({ dispatched: 1, failed: 0 });
      const row = await database.prisma.jobOutbox.findUniqueOrThrow({ where: { key: "after-commit-1" } });
      expect(row.dispatchedAt).not.toBeNull();

      await database.prisma.$disconnect();
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const broken = createJobServices({
        jobOutbox: { findMany: () => Promise.reject(new Error("database went away")) },
      } as unknown as typeof database.prisma);
      try {
        expect(await dispatchOutboxAfterCommit(broken)).toEqual({ dispatched: 0, failed: 0 });
        expect(logged).toHaveBeenCalledTimes(1);
      } finally {
        logged.mockRestore();
      }
    } finally {
      await database.drop();
    }
  });
});
