// The data file steering grounded answers (data/lexicon.json), checked on load: a typo there must fail loudly at
// start-up, not silently weaken every answer.
import { z } from "zod";
import { LANGUAGES, type Language } from "../understanding/types";
import raw from "./data/lexicon.json";

const perLanguage = <T extends z.ZodTypeAny>(item: T) => z.object({ en: item, es: item, fr: item, de: item }).strict();
const words = z.array(z.string().trim().min(1)).min(1);

const lexiconSchema = z
  .object({
    _comment: z.string().optional(),
    stopwords: perLanguage(words),
    aspects: z.record(z.object({ cues: perLanguage(words), expand: words }).strict()),
    page_aspects: words,
    judgment: perLanguage(words),
    account: z.object({
      data_change: perLanguage(words),
      password: perLanguage(words),
      unsubscribe: perLanguage(words),
      addresses: perLanguage(words),
      orders: perLanguage(words),
      sign_in: perLanguage(words),
    }),
    countries: z.record(z.string().regex(/^[A-Z]{2}$/), perLanguage(words)),
    discount_problem: perLanguage(words),
    wrong_item: perLanguage(words),
  })
  .strict();

export type Lexicon = z.infer<typeof lexiconSchema>;

export function parseLexicon(json: unknown): Lexicon {
  const lexicon = lexiconSchema.parse(json);
  for (const lang of LANGUAGES) {
    for (const [name, aspect] of Object.entries(lexicon.aspects)) {
      for (const cue of aspect.cues[lang]) {
        if (cue !== cue.toLowerCase()) throw new Error(`lexicon: aspect ${name} cue "${cue}" (${lang}) must be lower case`);
      }
    }
  }
  for (const name of lexicon.page_aspects) {
    if (!(name in lexicon.aspects)) throw new Error(`lexicon: page_aspects names "${name}", which is not an aspect`);
  }
  return lexicon;
}

export const LEXICON: Lexicon = parseLexicon(raw);

const ALL_STOPWORDS = new Set(LANGUAGES.flatMap((l) => LEXICON.stopwords[l]));

export function isStopword(word: string): boolean {
  return ALL_STOPWORDS.has(word);
}

// A module constant: the server build (esbuild) turns this literal into `new RegExp(...)` where it stands, which
// would build it again on every call.
const FRENCH_ELISION = /\b(l|d|j|m|n|s|t|c|qu)'(?=\p{L})/gu;

/** Lower-cased text padded with spaces, punctuation turned into spaces, so cues match at word boundaries. */
export function normaliseForCues(text: string): string {
  const t = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    // French elision and inversion: "l'adresse" -> "l' adresse", "expirent-elles" -> "expirent elles".
    .replace(FRENCH_ELISION, "$1' ")
    .replace(/-(t-)?(il|ils|elle|elles|on|vous|je|nous|tu)\b/gu, " ")
    .replace(/[¿¡?!.,;:()"“”«»]/g, " ");
  return ` ${t.replace(/\s+/g, " ").trim()} `;
}

// Compiled once per cue as written in the lexicon (a fixed set): every message checks hundreds of cues, and
// normalising each cue again on every check was most of a greeting's CPU in the load bench's profile.
const cuePatterns = new Map<string, RegExp>();

function hasCue(normalised: string, cue: string): boolean {
  // Cues written with their own spaces (" vs ", "o la ") are matched as written.
  if (cue !== cue.trim()) return normalised.includes(cue);
  // "a+b": every part somewhere in the message ("e-mail+ändern" matches "die e-mail meines kontos ändern").
  if (cue.includes("+")) return cue.split("+").every((part) => hasCue(normalised, part));
  let pattern = cuePatterns.get(cue);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${escapeRegExp(normaliseForCues(cue).trim())}(?=\\s|$)`, "u");
    cuePatterns.set(cue, pattern);
  }
  return pattern.test(normalised);
}

// A list of cues checked together: its plain cues as one alternation (one pass over the message instead of
// one per cue; literal alternatives, so still linear in the message's length), the rest one by one.
const listMatchers = new WeakMap<readonly string[], (normalised: string) => boolean>();

/** Whether any cue of the list is in the message (hasCue for each, in one pass where it can). */
function hasAnyCue(normalised: string, cues: readonly string[]): boolean {
  let matcher = listMatchers.get(cues);
  if (!matcher) {
    const plain = cues.filter((cue) => cue === cue.trim() && !cue.includes("+"));
    const others = cues.filter((cue) => !plain.includes(cue));
    const words = [...new Set(plain.map((cue) => normaliseForCues(cue).trim()))].filter(Boolean).sort((a, b) => b.length - a.length);
    const pattern = words.length ? new RegExp(`(?:^|\\s)(?:${words.map(escapeRegExp).join("|")})(?=\\s|$)`, "u") : null;
    matcher = (n) => (pattern?.test(n) ?? false) || others.some((cue) => hasCue(n, cue));
    listMatchers.set(cues, matcher);
  }
  return matcher(normalised);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Aspects the message asks about, in any of the four languages (the message's language first). */
export function aspectsIn(text: string, language: Language): string[] {
  const n = normaliseForCues(text);
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  const found: string[] = [];
  for (const [name, aspect] of Object.entries(LEXICON.aspects)) {
    if (order.some((l) => hasAnyCue(n, aspect.cues[l]))) found.push(name);
  }
  return found;
}

/** Aspects of the message that the shop's own pages answer (pickup, gift wrapping, repairs...). */
export function pageAspectsIn(text: string, language: Language): string[] {
  return onlyPageAspects(aspectsIn(text, language));
}

/** Of aspects already found, those the shop's own pages answer. */
export function onlyPageAspects(aspects: string[]): string[] {
  return aspects.filter((name) => LEXICON.page_aspects.includes(name));
}

/** The message asks for advice, a comparison or a judgment about the shopper's own situation. */
export function asksForJudgment(text: string, language: Language): string | null {
  const n = normaliseForCues(text);
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  for (const l of order) {
    const cue = LEXICON.judgment[l].find((c) => hasCue(n, c));
    if (cue) return cue.trim();
  }
  return null;
}

export type AccountTopic = keyof Lexicon["account"];
/** Checked in this order: a data change outranks everything ("change my email and password" goes to a person). */
const ACCOUNT_ORDER: AccountTopic[] = ["data_change", "unsubscribe", "password", "addresses", "orders", "sign_in"];

export function accountTopicOf(text: string, language: Language): AccountTopic | null {
  const n = normaliseForCues(text);
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  for (const topic of ACCOUNT_ORDER) {
    if (order.some((l) => hasAnyCue(n, LEXICON.account[topic][l]))) return topic;
  }
  return null;
}

/** ISO country code of the first country the message names, with the words that named it. */
export function countryIn(text: string, language: Language): { code: string; words: string } | null {
  const n = normaliseForCues(text);
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  let best: { code: string; words: string; at: number } | null = null;
  for (const [code, names] of Object.entries(LEXICON.countries)) {
    for (const l of order) {
      for (const name of names[l]) {
        if (!hasCue(n, name)) continue;
        const at = n.indexOf(name);
        if (!best || at < best.at) best = { code, words: name, at };
      }
    }
  }
  return best ? { code: best.code, words: best.words } : null;
}

/** "My code doesn't work": only a person can see why a code was refused. */
export function reportsDiscountProblem(text: string, language: Language): boolean {
  const n = normaliseForCues(text);
  return [language, ...LANGUAGES.filter((l) => l !== language)].some((l) => hasAnyCue(n, LEXICON.discount_problem[l]));
}

/** "It came in a different colour": a problem with an order, not a product question, whatever the classifier said. */
export function reportsWrongItem(text: string, language: Language): boolean {
  const n = normaliseForCues(text);
  return [language, ...LANGUAGES.filter((l) => l !== language)].some((l) => hasAnyCue(n, LEXICON.wrong_item[l]));
}
