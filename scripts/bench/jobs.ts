// Job runners: how fast keyed jobs go through each runner (enqueue alone, and enqueue + run until drained).
// BullMQ needs Redis (REDIS_URL or 127.0.0.1:6379); it uses a throwaway key prefix and deletes it.
import { z } from "zod";
import { createBullmqRunner } from "../../app/jobs/bullmq-runner.server";
import { createInProcessRunner } from "../../app/jobs/in-process-runner.server";
import { defineJob } from "../../app/jobs/types";
import { noDbServices } from "../../app/testing/job-runners.server";
import { assertRedisReachable, deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from "../../app/testing/test-redis.server";

const JOBS = 2_000;

export async function run(): Promise<Record<string, number | string>> {
  await assertRedisReachable();
  const out: Record<string, number | string> = {};
  for (const kind of ["in-process", "bullmq"] as const) {
    let ran = 0;
    const job = defineJob({
      name: "noop",
      payload: z.object({ i: z.number() }),
      async run() {
        ran += 1;
      },
    });
    const prefix = uniqueRedisPrefix("bench");
    const common = { definitions: [job], services: noDbServices };
    const runner =
      kind === "bullmq" ? createBullmqRunner({ ...common, redisUrl: testRedisUrl(), prefix }) : createInProcessRunner(common);
    await runner.start();
    try {
      const started = performance.now();
      for (let i = 0; i < JOBS; i += 1) await runner.enqueue("noop", { i }, { key: `bench-${i}` });
      const enqueued = performance.now();
      await runner.drain();
      const drained = performance.now();
      out[`${kind}: enqueue jobs/s (one at a time)`] = Math.round(JOBS / ((enqueued - started) / 1000));
      out[`${kind}: enqueue + run jobs/s`] = Math.round(JOBS / ((drained - started) / 1000));
      out[`${kind}: jobs run of ${JOBS}`] = ran;
    } finally {
      await runner.stop();
      if (kind === "bullmq") await deleteRedisKeys(prefix);
    }
  }
  return out;
}
