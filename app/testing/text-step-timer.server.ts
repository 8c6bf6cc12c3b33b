import { Worker } from "node:worker_threads";

export interface TimeTextStepsOptions {
  /** Names from TEXT_STEPS (app/testing/shopper-text-steps.server.ts). */
  steps: string[];
  /** Wall-clock hang detector per run: a step still running after capMs × repeat is cut off and recorded as Infinity. */
  capMs: number;
  /** Runs per (input, step); the fastest counts. */
  repeat?: number;
}

type WorkerMessage = { ready?: true; finished?: true; input?: number; step?: string; started?: true; ms?: number };

/**
 * CPU milliseconds of each step on each text (fastest of `repeat` runs) in a worker thread, keyed `${inputIndex}:${step}`. A step that overruns is cut off by
 * terminating the worker (the only way to stop a runaway regular expression), recorded as Infinity, and the rest
 * continues on a fresh worker.
 */
export async function timeTextSteps(texts: string[], options: TimeTextStepsOptions): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const skip: string[] = [];
  const repeat = options.repeat ?? 3;
  for (;;) {
    const outcome = await new Promise<"finished" | "cut off">((resolve, reject) => {
      const worker = new Worker(new URL("./text-step-worker.mjs", import.meta.url), {
        workerData: { texts, steps: options.steps, skip, repeat },
      });
      let timer: NodeJS.Timeout | undefined;
      worker.on("message", (m: WorkerMessage) => {
        if (m.finished) {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve("finished"));
        } else if (m.started) {
          const key = `${m.input}:${m.step}`;
          clearTimeout(timer);
          timer = setTimeout(() => {
            times.set(key, Infinity);
            skip.push(key);
            void worker.terminate().then(() => resolve("cut off"));
          }, options.capMs * repeat);
        } else if (m.ms !== undefined) {
          clearTimeout(timer);
          times.set(`${m.input}:${m.step}`, m.ms);
        }
      });
      worker.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    if (outcome === "finished") return times;
  }
}
