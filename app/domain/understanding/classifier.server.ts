import { NeuralNetwork } from "@nlpjs/neural";
import { featurize, SpellIndex, words } from "./features.server";
import type { IntentModel } from "./model-format";
import { INTENTS, LANGUAGES, type Intent, type Language } from "./types";

export interface IntentScore {
  intent: Intent;
  /** Calibrated probability. */
  confidence: number;
}

interface LoadedLanguage {
  nn: NeuralNetwork;
  spell: SpellIndex;
}

/** Per-language NLP.js networks plus the calibration that turns their outputs into probabilities. */
export class IntentClassifier {
  private langs: Record<Language, LoadedLanguage>;

  constructor(private model: Pick<IntentModel, "temperature" | "calibration" | "languages">) {
    const langs = {} as Record<Language, LoadedLanguage>;
    for (const lang of LANGUAGES) {
      const nn = new NeuralNetwork();
      nn.fromJSON(model.languages[lang].nn);
      langs[lang] = { nn, spell: new SpellIndex(model.languages[lang].vocab) };
    }
    this.langs = langs;
  }

  /** Share of the message's words this language's training data contains: a strong language signal on short text. */
  knownWordShare(text: string, lang: Language): number {
    const ws = words(text).filter((w) => !w.startsWith("zz"));
    if (ws.length === 0) return 0;
    const spell = this.langs[lang].spell;
    return ws.filter((w) => spell.has(w)).length / ws.length;
  }

  /** Raw (uncalibrated) softmax over intents; used for fitting calibration. */
  rawProbabilities(text: string, lang: Language): Record<Intent, number> {
    const { nn, spell } = this.langs[lang];
    const out = { ...(nn.run(featurize(text, lang, spell)) ?? {}) } as Record<string, number>;
    const t = this.model.temperature;
    // Text made mostly of words no shop intent was trained on is out of scope; the network alone would
    // still spread its (near-zero) outputs over shop intents.
    const unknown = 1 - this.knownWordShare(text, lang);
    let maxOut = 0;
    for (const i of INTENTS) maxOut = Math.max(maxOut, out[i] ?? 0);
    if (maxOut === 0) out.other = 0.3;
    else if (unknown > 0.5) out.other = Math.max(out.other ?? 0, maxOut * unknown);
    let max = -Infinity;
    for (const i of INTENTS) max = Math.max(max, (out[i] ?? 0) * t);
    let sum = 0;
    const exps = {} as Record<Intent, number>;
    for (const i of INTENTS) {
      exps[i] = Math.exp((out[i] ?? 0) * t - max);
      sum += exps[i];
    }
    for (const i of INTENTS) exps[i] /= sum;
    return exps;
  }

  /** Intents best first with calibrated confidence for the top ones. */
  classify(text: string, lang: Language): IntentScore[] {
    const probs = this.rawProbabilities(text, lang);
    const ranked = INTENTS.map((intent) => ({ intent, p: probs[intent] })).sort((a, b) => b.p - a.p);
    const top = ranked[0];
    const calibrated = calibrate(top.p, this.model.calibration);
    // Keep the others in proportion so the list still sums to 1.
    const scale = top.p < 1 ? (1 - calibrated) / (1 - top.p) : 0;
    return ranked.map((r, idx) => ({ intent: r.intent, confidence: idx === 0 ? calibrated : r.p * scale }));
  }
}

export function calibrate(p: number, cal: IntentModel["calibration"]): number {
  const { x, y } = cal;
  if (x.length === 0) return p;
  if (p <= x[0]) return y[0];
  for (let i = 1; i < x.length; i++) {
    if (p <= x[i]) return y[i - 1] + ((y[i] - y[i - 1]) * (p - x[i - 1])) / (x[i] - x[i - 1] || 1);
  }
  return y[y.length - 1];
}
