import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { NeuralNetwork } from "@nlpjs/neural";
import { IntentClassifier } from "./classifier.server";
import { featurize, words } from "./features.server";
import type { IntentModel, LanguageModel } from "./model-format";
import { trainingExamples, type Example } from "./training";
import { LANGUAGES, type Intent, type Language } from "./types";

const HERE = new URL(".", import.meta.url).pathname;

/** Everything that shapes the model: the training phrases and the code turning them into features and weights. */
export function trainingHash(): string {
  const h = createHash("sha256");
  const trainingDir = join(HERE, "training");
  // Recursive: training data also lives in subfolders (data/*.jsonl).
  for (const f of (readdirSync(trainingDir, { recursive: true }) as string[]).sort()) {
    const path = join(trainingDir, f);
    if (statSync(path).isFile()) h.update(f).update(readFileSync(path));
  }
  for (const f of ["features.server.ts", "trainer.server.ts"]) h.update(f).update(readFileSync(join(HERE, f)));
  return h.digest("hex");
}

const NN_SETTINGS = { iterations: 2000, log: false };

function trainLanguage(examples: Example[], lang: Language): LanguageModel {
  const vocab = new Set<string>();
  for (const e of examples) for (const w of words(e.text)) vocab.add(w);
  const corpus = examples.map((e) => ({ input: featurize(e.text, lang), output: { [e.intent]: 1 } }));
  const nn = new NeuralNetwork(NN_SETTINGS);
  nn.train(corpus);
  const json = nn.toJSON();
  // Four decimals keep the committed file small without changing any decision.
  json.perceptrons = json.perceptrons?.map((row) => row.map((v) => Math.round(v * 1e4) / 1e4));
  return { vocab: [...vocab].sort(), nn: json };
}

function trainAll(byLang: Record<Language, Example[]>): Record<Language, LanguageModel> {
  const out = {} as Record<Language, LanguageModel>;
  for (const lang of LANGUAGES) out[lang] = trainLanguage(byLang[lang], lang);
  return out;
}

interface OofRow {
  probs: Record<Intent, number>;
  gold: Intent;
}

/** Network outputs for examples the network did not see, so calibration reflects unseen text. */
function outOfFold(byLang: Record<Language, Example[]>, folds: number, temperature: number): OofRow[] {
  const rows: OofRow[] = [];
  for (let k = 0; k < folds; k++) {
    const train = {} as Record<Language, Example[]>;
    const held = {} as Record<Language, Example[]>;
    for (const lang of LANGUAGES) {
      train[lang] = byLang[lang].filter((e) => e.group % folds !== k);
      held[lang] = byLang[lang].filter((e) => e.group % folds === k);
    }
    const clf = new IntentClassifier({ temperature, calibration: { x: [], y: [] }, languages: trainAll(train) });
    for (const lang of LANGUAGES) {
      for (const e of held[lang]) rows.push({ probs: clf.rawProbabilities(e.text, lang), gold: e.intent });
    }
  }
  return rows;
}

function nll(rows: OofRow[], scale: number): number {
  // Re-tempering a softmax by `scale` is p_i^scale renormalised.
  let total = 0;
  for (const r of rows) {
    let sum = 0;
    for (const v of Object.values(r.probs)) sum += Math.pow(Math.max(v, 1e-12), scale);
    total -= Math.log(Math.pow(Math.max(r.probs[r.gold], 1e-12), scale) / sum);
  }
  return total / rows.length;
}

function topOf(probs: Record<Intent, number>, scale: number): { intent: Intent; p: number } {
  let sum = 0;
  let best: Intent = "other";
  let bestV = -1;
  for (const [i, v] of Object.entries(probs) as Array<[Intent, number]>) {
    const w = Math.pow(Math.max(v, 1e-12), scale);
    sum += w;
    if (w > bestV) {
      bestV = w;
      best = i;
    }
  }
  return { intent: best, p: bestV / sum };
}

/** Pool-adjacent-violators: monotone map from top probability to accuracy. */
export function isotonic(pairs: Array<{ p: number; correct: number }>): { x: number[]; y: number[] } {
  const sorted = [...pairs].sort((a, b) => a.p - b.p);
  const blocks: Array<{ sumP: number; sumY: number; n: number }> = [];
  for (const s of sorted) {
    blocks.push({ sumP: s.p, sumY: s.correct, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sumY / a.n < b.sumY / b.n) break;
      blocks.splice(blocks.length - 2, 2, { sumP: a.sumP + b.sumP, sumY: a.sumY + b.sumY, n: a.n + b.n });
    }
  }
  return {
    x: blocks.map((b) => Math.round((b.sumP / b.n) * 1e4) / 1e4),
    y: blocks.map((b) => Math.round((b.sumY / b.n) * 1e4) / 1e4),
  };
}

export function trainModel(log: (msg: string) => void = () => {}): IntentModel {
  const byLang = {} as Record<Language, Example[]>;
  for (const lang of LANGUAGES) byLang[lang] = trainingExamples(lang);
  log(`examples: ${LANGUAGES.map((l) => `${l}=${byLang[l].length}`).join(" ")}`);

  const BASE_T = 10;
  const rows = outOfFold(byLang, 10, BASE_T);
  let bestScale = 1;
  let bestNll = Infinity;
  for (let s = 0.2; s <= 6; s += 0.1) {
    const v = nll(rows, s);
    if (v < bestNll) {
      bestNll = v;
      bestScale = s;
    }
  }
  const temperature = Math.round(BASE_T * bestScale * 100) / 100;
  const pairs = rows.map((r) => {
    const top = topOf(r.probs, bestScale);
    return { p: top.p, correct: top.intent === r.gold ? 1 : 0 };
  });
  const oofAcc = pairs.reduce((a, b) => a + b.correct, 0) / pairs.length;
  log(`out-of-fold accuracy ${oofAcc.toFixed(3)}, temperature ${temperature}, nll ${bestNll.toFixed(3)}`);

  return {
    version: 1,
    trainingHash: trainingHash(),
    temperature,
    calibration: isotonic(pairs),
    languages: trainAll(byLang),
  };
}
