// Runs in a worker thread for scripts/bench/hostile.ts: times each text step on one adversarial input, so a step
// that never finishes (catastrophic backtracking) can be cut off by terminating the worker.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { selectReturnItems } from "../../app/domain/answers/return-selection";
import { isConfirmation } from "../../app/domain/conversations/confirmation";
import { IntentClassifier } from "../../app/domain/understanding/classifier.server";
import { resolveInContext } from "../../app/domain/understanding/context.server";
import { extractEmails, extractOrderNumbers } from "../../app/domain/understanding/entities.server";
import { explicitRequest } from "../../app/domain/understanding/explicit-requests.server";
import { saysBotFailed } from "../../app/domain/understanding/failure-signals.server";
import { detectLanguage } from "../../app/domain/understanding/language.server";
import { MODEL_PATH } from "../../app/domain/understanding/model-path.server";
import { findProducts } from "../../app/domain/understanding/products.server";
import { analyzeSentiment } from "../../app/domain/understanding/sentiment.server";
import type { CatalogueEntry } from "../../app/domain/understanding/types";
import { createUnderstander } from "../../app/domain/understanding/understand.server";
import { detectUrgency } from "../../app/domain/understanding/urgency.server";

const { texts, catalogue, skip } = workerData as { texts: string[]; catalogue: CatalogueEntry[]; skip: string[] };
const clf = new IntentClassifier(JSON.parse(readFileSync(MODEL_PATH, "utf8")));
const u = createUnderstander();
const items = [
  { fulfillmentLineItemId: "1", quantity: 2, title: "Ceramic Mug" },
  { fulfillmentLineItemId: "2", quantity: 1, title: "Wool Beanie" },
];
const context = { activeIntent: "order_status" as const, orderNumber: null, email: null, products: [], language: "en" as const };

const steps: Record<string, (t: string) => unknown> = {
  language: (t) => detectLanguage(t, clf, "en"),
  classify: (t) => clf.classify(t, "en"),
  explicitRequest,
  sentiment: (t) => analyzeSentiment(t, "en"),
  urgency: detectUrgency,
  orderNumbers: extractOrderNumbers,
  emails: extractEmails,
  products: (t) => findProducts(t, catalogue),
  failureSignals: saysBotFailed,
  confirmation: isConfirmation,
  returnSelection: (t) => selectReturnItems(t, items, "en"),
  understandAndResolve: (t) => resolveInContext(u.understand(t, { catalogue, languageHint: "en" }), context),
};

// Warm up on ordinary text so JIT compilation is not what is measured.
for (let i = 0; i < 50; i++) for (const step of Object.values(steps)) step("where is my order #1003? maya@example.com");

parentPort!.postMessage({ ready: true });
texts.forEach((text, input) => {
  for (const [step, run] of Object.entries(steps)) {
    if (skip.includes(`${input}:${step}`)) continue;
    parentPort!.postMessage({ input, step, started: true });
    // Best of three: on a shared machine a single run also measures other processes; the minimum is the step's own cost.
    let best = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      run(text);
      best = Math.min(best, performance.now() - t0);
    }
    parentPort!.postMessage({ input, step, ms: best });
  }
});
parentPort!.postMessage({ finished: true });
