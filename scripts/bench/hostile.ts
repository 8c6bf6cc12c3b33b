// Worst-case time of every text step on hostile 2,000-character messages (app/domain/understanding/adversarial-inputs.ts).
// Each input runs in a worker thread; a step still running after CAP_MS is cut off and reported as ">= CAP_MS", so a
// catastrophic regular expression shows up as a number instead of hanging the benchmark. Each step runs three times
// and the fastest run counts (the cap applies to each run).
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ADVERSARIAL_INPUTS } from "../../app/domain/understanding/adversarial-inputs";
import type { CatalogueEntry } from "../../app/domain/understanding/types";

const CAP_MS = Number(process.env.HOSTILE_CAP_MS ?? 5000);
const CATALOGUE: CatalogueEntry[] = Array.from({ length: 200 }, (_, i) => ({
  productId: `gid://shopify/Product/${i + 1}`,
  handle: `product-${i}-${["hoodie", "mug", "wallet", "candle", "sneaker"][i % 5]}`,
  title: `${["Classic", "Organic", "Leather", "Blue", "Winter"][i % 5]} ${["Hoodie", "Mug", "Wallet", "Candle", "Sneakers"][(i * 3) % 5]} ${i}`,
}));

type Msg = { ready?: true; finished?: true; input?: number; step?: string; started?: true; ms?: number };

/** Times every (input, step); steps that exceed CAP_MS are recorded as Infinity and skipped on the restarted worker. */
async function measure(texts: string[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const skip: string[] = [];
  for (;;) {
    const outcome = await new Promise<"finished" | "timeout">((resolve, reject) => {
      const worker = new Worker(new URL("../bench-runner/hostile-worker.mjs", import.meta.url), {
        workerData: { texts, catalogue: CATALOGUE, skip },
      });
      let timer: NodeJS.Timeout | undefined;
      let current = "";
      worker.on("message", (m: Msg) => {
        if (m.finished) {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve("finished"));
        } else if (m.started) {
          current = `${m.input}:${m.step}`;
          clearTimeout(timer);
          timer = setTimeout(() => {
            times.set(current, Infinity);
            skip.push(current);
            void worker.terminate().then(() => resolve("timeout"));
          }, CAP_MS);
        } else if (m.ms !== undefined) {
          clearTimeout(timer);
          times.set(`${m.input}:${m.step}`, m.ms);
        }
      });
      worker.on("error", reject);
    });
    if (outcome === "finished") return times;
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const times = await measure(ADVERSARIAL_INPUTS.map((i) => i.text));
  const fmt = (ms: number) => (ms === Infinity ? `>=${CAP_MS}` : ms.toFixed(1));
  const perInput = ADVERSARIAL_INPUTS.map((input, i) => {
    const steps = [...times.entries()].filter(([k]) => k.startsWith(`${i}:`)).map(([k, ms]) => [k.slice(k.indexOf(":") + 1), ms] as const);
    const worst = steps.reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0] as readonly [string, number]);
    return { name: input.name, worstStep: worst[0], worstMs: worst[1], total: steps.reduce((s, [, ms]) => s + ms, 0) };
  });
  perInput.sort((a, b) => b.worstMs - a.worstMs);
  console.log("slowest inputs (worst single step, and all steps together):");
  for (const p of perInput.slice(0, 12)) console.log(`  ${fmt(p.worstMs).padStart(8)} ms  ${p.worstStep.padEnd(20)} total ${fmt(p.total).padStart(8)} ms  ${p.name}`);
  const byStep = new Map<string, number>();
  const worstInputOf = new Map<string, string>();
  for (const [k, ms] of times) {
    const step = k.slice(k.indexOf(":") + 1);
    if (ms >= (byStep.get(step) ?? 0)) {
      byStep.set(step, ms);
      worstInputOf.set(step, ADVERSARIAL_INPUTS[Number(k.slice(0, k.indexOf(":")))].name);
    }
  }
  console.log("worst input per step:");
  for (const [step, ms] of byStep) console.log(`  ${step.padEnd(20)} ${fmt(ms).padStart(8)} ms  ${worstInputOf.get(step)}`);
  const result: Record<string, number | string> = {
    "hostile.inputs": ADVERSARIAL_INPUTS.length,
    "hostile.capMs": CAP_MS,
    "hostile.worstMessageMs": fmt(Math.max(...perInput.map((p) => p.total))),
    "hostile.timedOutSteps": [...times.values()].filter((ms) => ms === Infinity).length,
  };
  for (const [step, ms] of byStep) result[`hostile.worstMs.${step}`] = fmt(ms);
  result["hostile.wallSeconds"] = Math.round((performance.now() - t0) / 100) / 10;
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(await run());
}
