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

// One-word answers the intent data rightly leaves out (they carry no intent) but that say a lot about language.
// "no" and "ok" belong to several languages, so they decide nothing and the hint does.
const SHORT_ANSWERS: Record<Language, Set<string>> = {
  en: new Set(["yes", "yeah", "yep", "nope", "sure", "okay", "please", "thanks"]),
  es: new Set(["si", "vale", "claro", "gracias", "porfa", "dale"]),
  fr: new Set(["oui", "ouais", "non", "merci", "daccord", "volontiers"]),
  de: new Set(["ja", "nein", "jawohl", "genau", "danke", "gerne", "bitte"]),
};

const SHARED_SHORT_WORDS = new Set(["ok", "okay", "okey", "super", "cool", "top", "no"]);

/**
 * Two words or fewer carry too little to overrule what the conversation (or the storefront) already says: keep the
 * hint unless a language-only letter or word says otherwise, or the hint's language knows none of the words while
 * another knows them all ("hello" on a French page is English). Returns null when the message is not short.
 */
function shortMessageLanguage(ws: string[], text: string, clf: IntentClassifier, hint: Language | undefined): Language | null {
  if (ws.length > 2) return null;
  for (const [re, l] of MARKERS) if (re.test(text)) return l;
  // Said alike in all four ("super" is English, German and French, "súper" Spanish), whatever the training data holds.
  if (hint && ws.every((w) => SHARED_SHORT_WORDS.has(w))) return hint;
  const owners = LANGUAGES.filter((l) => ws.every((w) => SHORT_ANSWERS[l].has(w)));
  if (owners.length === 1) return owners[0];
  if (!hint) return null;
  if (owners.includes(hint)) return hint;
  if (clf.knownWordShare(text, hint) > 0) return hint;
  const knowers = LANGUAGES.filter((l) => clf.knownWordShare(text, l) === 1);
  return knowers.length === 1 ? knowers[0] : hint;
}

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
  const short = shortMessageLanguage(ws, text, clf, hint);
  if (short) return short;
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

/**
 * The hint for a message: the conversation's language once it has one, else the storefront's locale ("fr-CA" → fr),
 * else none. Short replies then follow what the shopper and the page already established.
 */
export function languageHintFor(args: { conversationLanguage?: string | null; storefrontLocale?: string | null }): Language | undefined {
  const supported = (v: string | null | undefined): Language | undefined => {
    const base = v?.toLowerCase().split(/[-_]/)[0];
    return base && (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
  };
  return supported(args.conversationLanguage) ?? supported(args.storefrontLocale);
}
