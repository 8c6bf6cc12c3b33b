// Benchmark for message understanding: model load time and per-message latency on one thread.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { IntentClassifier } from "../../app/domain/understanding/classifier.server";
import { MODEL_PATH } from "../../app/domain/understanding/model-path.server";
import { TESTSET } from "../../app/domain/understanding/testset";
import { TRAINING } from "../../app/domain/understanding/training";
import type { CatalogueEntry } from "../../app/domain/understanding/types";
import { createUnderstander } from "../../app/domain/understanding/understand.server";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const CATALOGUE: CatalogueEntry[] = Array.from({ length: 200 }, (_, i) => ({
  productId: `gid://shopify/Product/${i + 1}`,
  handle: `product-${i}-${["hoodie", "mug", "wallet", "candle", "sneaker"][i % 5]}`,
  title: `${["Classic", "Organic", "Leather", "Blue", "Winter"][i % 5]} ${["Hoodie", "Mug", "Wallet", "Candle", "Sneakers"][(i * 3) % 5]} ${i}`,
}));

export async function run(): Promise<Record<string, number | string>> {
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const model = JSON.parse(readFileSync(MODEL_PATH, "utf8"));
    new IntentClassifier(model);
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);

  const messages: string[] = [];
  for (const set of [TESTSET, TRAINING]) {
    for (const byIntent of Object.values(set)) for (const xs of Object.values(byIntent)) messages.push(...xs);
  }
  const u = createUnderstander();
  // Warm-up so JIT compilation is not measured as latency.
  for (let i = 0; i < 500; i++) u.understand(messages[i % messages.length], { catalogue: CATALOGUE });
  const n = Math.max(5000, messages.length);
  const times: number[] = [];
  // CPU time of this thread as well: on a shared machine wall-clock tails mostly measure other processes.
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = messages[i % messages.length];
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    u.understand(text, { catalogue: CATALOGUE });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const result = {
    "understanding.modelLoadMs.median": r3(quantile(loads, 0.5)),
    "understanding.latencyMs.p50": r3(quantile(times, 0.5)),
    "understanding.latencyMs.p95": r3(quantile(times, 0.95)),
    "understanding.latencyMs.p99": r3(quantile(times, 0.99)),
    "understanding.cpuMs.p50": r3(quantile(cpu, 0.5)),
    "understanding.cpuMs.p99": r3(quantile(cpu, 0.99)),
    "understanding.messages": n,
    "understanding.catalogueSize": CATALOGUE.length,
  };
  console.log(result);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await run();
}
