// Run by runners.server.test.ts in a child process: after stop(), nothing the runner made (timers, Redis
// connections) may keep the process alive, even with a delayed job and a schedule still pending.
import { z } from "zod";
import { noDbServices } from "../testing/job-runners.server";
import { createBullmqRunner } from "./bullmq-runner.server";
import { createInProcessRunner } from "./in-process-runner.server";
import { defineJob } from "./types";

const [kind, redisUrl, prefix] = process.argv.slice(2);
const definitions = [
  defineJob({ name: "later", payload: z.object({}), async run() {} }),
  defineJob({ name: "tick", payload: z.object({}).passthrough(), everyMs: 100, async run() {} }),
];
const common = { definitions, services: noDbServices };
const runner =
  kind === "bullmq"
    ? createBullmqRunner({ ...common, redisUrl, prefix, queueName: "exit" })
    : createInProcessRunner(common);
await runner.start();
await runner.enqueue("later", {}, { delayMs: 3_600_000 });
await new Promise((resolve) => setTimeout(resolve, 250));
await runner.stop();
console.log("stopped");
