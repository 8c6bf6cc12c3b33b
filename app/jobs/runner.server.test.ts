import { afterEach, describe, expect, it } from "vitest";
import { BullmqJobRunner } from "./bullmq-runner.server";
import { InProcessJobRunner } from "./in-process-runner.server";
import { jobDefinitions } from "./registry.server";
import { createJobRunner, createJobServices, currentJobRunner, getJobRunner, startJobRunnerOnBoot, stopJobRunner } from "./runner.server";

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

  it("is not started at boot under vitest or with SWITCHBOARD_JOBS=off", async () => {
    startJobRunnerOnBoot({ VITEST: "true" });
    startJobRunnerOnBoot({ SWITCHBOARD_JOBS: "off" });
    expect(currentJobRunner()).toBeUndefined();
    startJobRunnerOnBoot({});
    expect(currentJobRunner()).toBeInstanceOf(process.env.REDIS_URL ? BullmqJobRunner : InProcessJobRunner);
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
});
