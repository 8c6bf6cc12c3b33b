import { Language as LanguageGuesser } from "@nlpjs/language";
import type { IntentClassifier } from "./classifier.server";
import { words } from "./features.server";
import { LANGUAGES, type Language } from "./types";

const guesser = new LanguageGuesser();

// Letters only one of our languages uses.
const MARKERS: Array<[RegExp, Language]> = [
  [/[ñ¿¡]/i, "es"],
  [/[çœèêëîïôûù]/i, "fr"],
  [/[äöüß]/i, "de"],
];

/**
 * NLP.js's guesser throws on some mixes of scripts (found by fuzzing: "\uFB50\u1E00\u0620" makes its per-script
 * table empty for our four languages and it reads distances[0][0]); no guess is the honest answer there.
 */
function trigramGuess(text: string): Array<{ alpha2: string; score: number }> {
  try {
    return guesser.guess(text, [...LANGUAGES], 4);
  } catch {
    return [];
  }
}

/**
 * NLP.js's trigram guess is unreliable on two-word messages, so it is blended with how many of the words each
 * language's training vocabulary knows, language-specific letters, and the page's language as a tie-breaker.
 */
export function detectLanguage(text: string, clf: IntentClassifier, hint?: Language): Language {
  const ws = words(text).filter((w) => !w.startsWith("zz"));
  const fallback = hint ?? "en";
  if (ws.length === 0) return fallback;
  const guessWeight = ws.length <= 2 ? 0.25 : ws.length <= 5 ? 0.6 : 1;
  const guess = new Map<string, number>();
  for (const g of trigramGuess(text)) guess.set(g.alpha2, g.score);
  let best: Language = fallback;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const lang of LANGUAGES) {
    let s = guessWeight * (guess.get(lang) ?? 0) + 1.2 * clf.knownWordShare(text, lang);
    for (const [re, l] of MARKERS) if (l === lang && re.test(text)) s += 0.5;
    if (lang === hint) s += 0.1;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = lang;
    } else if (s > second) second = s;
  }
  // Too close to call ("ok", "super", "merci"?): trust the hint.
  if (hint && bestScore - second < 0.05) return hint;
  return best;
}
