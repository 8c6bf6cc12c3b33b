import { readFileSync } from "node:fs";
import { Language as LanguageGuesser } from "@nlpjs/language";
import { ADVERSARIAL_INPUTS } from "/work/wt/hostile/app/domain/understanding/adversarial-inputs";
import { IntentClassifier } from "/work/wt/hostile/app/domain/understanding/classifier.server";
import { words, featurize, SpellIndex } from "/work/wt/hostile/app/domain/understanding/features.server";
import { MODEL_PATH } from "/work/wt/hostile/app/domain/understanding/model-path.server";
import { analyzeSentiment } from "/work/wt/hostile/app/domain/understanding/sentiment.server";
import { isConfirmation } from "/work/wt/hostile/app/domain/conversations/confirmation";
const model = JSON.parse(readFileSync(MODEL_PATH, "utf8"));
const clf = new IntentClassifier(model);
const spell = new SpellIndex(model.languages.en.vocab);
const g = new LanguageGuesser();
const steps: Record<string, (t: string) => unknown> = {
  words: (t) => words(t),
  spell: (t) => words(t).map((w) => spell.correct(w)),
  featurize: (t) => featurize(t, "en"),
  guess: (t) => g.guess(t, ["en", "es", "fr", "de"], 4),
  known: (t) => clf.knownWordShare(t, "en"),
  classify: (t) => clf.classify(t, "en"),
  sentiment: (t) => analyzeSentiment(t, "en"),
  confirmation: isConfirmation,
};
const only = process.argv[2]?.split(",");
for (const [name, run] of Object.entries(steps)) {
  if (only && !only.includes(name)) continue;
  const res = ADVERSARIAL_INPUTS.map((i) => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) { const t0 = performance.now(); run(i.text); best = Math.min(best, performance.now() - t0); }
    return [best, i.name] as const;
  }).sort((a, b) => b[0] - a[0]).slice(0, 4);
  console.log(name, res.map(([ms, n]) => `${ms.toFixed(1)} ${n}`).join(" | "));
}
