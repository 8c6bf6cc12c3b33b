// Worst-case time of every text step on hostile 2,000-character messages (app/domain/understanding/adversarial-inputs.ts).
// Steps run in a worker thread; a step still running after CAP_MS (wall clock) per run is cut off and reported as
// ">=CAP_MS", so a catastrophic regular expression shows up as a number instead of hanging the benchmark. Times are CPU
// milliseconds, the fastest of three runs, so other processes on a shared machine do not count.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { ADVERSARIAL_INPUTS } from "../../app/domain/understanding/adversarial-inputs";
import { TEXT_STEPS } from "../../app/testing/shopper-text-steps.server";
import { timeTextSteps } from "../../app/testing/text-step-timer.server";

const CAP_MS = Number(process.env.HOSTILE_CAP_MS ?? 5000);

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const steps = Object.keys(TEXT_STEPS);
  const times = await timeTextSteps(
    ADVERSARIAL_INPUTS.map((i) => i.text),
    { steps, capMs: CAP_MS },
  );
  const fmt = (ms: number) => (ms === Infinity ? `>=${CAP_MS}` : ms.toFixed(2));
  const worst = new Map<string, { ms: number; input: string }>();
  for (const [key, ms] of times) {
    const [input, step] = key.split(":");
    if (ms >= (worst.get(step)?.ms ?? -1)) worst.set(step, { ms, input: ADVERSARIAL_INPUTS[Number(input)].name });
  }
  const pipeline = ADVERSARIAL_INPUTS.map((input, i) => ({ name: input.name, ms: times.get(`${i}:pipeline`) ?? NaN })).sort((a, b) => b.ms - a.ms);
  console.log("slowest inputs through the whole pipeline:");
  for (const p of pipeline.slice(0, 8)) console.log(`  ${fmt(p.ms).padStart(8)} ms  ${p.name}`);
  console.log("worst input per step:");
  for (const step of steps) console.log(`  ${step.padEnd(16)} ${fmt(worst.get(step)?.ms ?? NaN).padStart(8)} ms  ${worst.get(step)?.input}`);
  const result: Record<string, number | string> = {
    "hostile.inputs": ADVERSARIAL_INPUTS.length,
    "hostile.worstPipelineMs": fmt(pipeline[0].ms),
    "hostile.medianPipelineMs": fmt(pipeline[Math.floor(pipeline.length / 2)].ms),
    "hostile.cutOffSteps": [...times.values()].filter((ms) => ms === Infinity).length,
  };
  for (const step of steps) result[`hostile.worstMs.${step}`] = fmt(worst.get(step)?.ms ?? NaN);
  result["hostile.wallSeconds"] = Math.round((performance.now() - t0) / 100) / 10;
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(await run());
}
