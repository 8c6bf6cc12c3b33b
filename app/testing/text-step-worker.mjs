// Worker thread for app/testing/text-step-timer.server.ts: times text steps on the inputs it is given and reports each
// step before it starts, so the parent can cut off a step that never finishes (catastrophic backtracking cannot be
// interrupted from the same thread). Plain JS that loads the TypeScript steps through tsx: workers do not inherit the
// parent's loader.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { TEXT_STEPS } = await tsImport("./shopper-text-steps.server.ts", import.meta.url);
const { texts, steps, skip, repeat } = workerData;

// Warm up on ordinary text so JIT compilation is not what is measured.
for (let i = 0; i < 30; i++) for (const step of steps) TEXT_STEPS[step]("where is my order #1003? maya@example.com");

parentPort.postMessage({ ready: true });
texts.forEach((text, input) => {
  for (const step of steps) {
    if (skip.includes(`${input}:${step}`)) continue;
    parentPort.postMessage({ input, step, started: true });
    // CPU time, best of `repeat`: on a shared machine wall time mostly measures the queue for a core (at a load of
    // 25 on 2 cores a 30 ms step takes ~400 ms of wall time). The parent thread only waits, so the process's CPU
    // time is this thread's (plus GC helpers).
    let best = Infinity;
    let wall = Infinity;
    for (let rep = 0; rep < repeat; rep++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      TEXT_STEPS[step](text);
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1000);
      wall = Math.min(wall, performance.now() - t0);
    }
    parentPort.postMessage({ input, step, ms: best, wallMs: wall });
  }
});
parentPort.postMessage({ finished: true });
