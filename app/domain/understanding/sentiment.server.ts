import { createRequire } from "node:module";
import { z } from "zod";
import { stem, words } from "./features.server";
import neutralWordsJson from "./sentiment-neutral-words.json";
import { LANGUAGES, type Language, type SentimentLabel } from "./types";

const require = createRequire(import.meta.url);

// NLP.js's own per-language lexicons (stemmed keys), read directly so scoring stays synchronous.
const LEXICONS: Record<Language, Record<string, number>> = {
  en: require("@nlpjs/lang-en/src/sentiment/senticon_en.json"),
  es: require("@nlpjs/lang-es/src/sentiment/senticon_es.json"),
  fr: require("@nlpjs/lang-fr/src/sentiment/pattern_fr.json"),
  de: require("@nlpjs/lang-de/src/sentiment/senticon_de.json"),
};
const NEGATIONS: Record<Language, Set<string>> = {
  en: new Set(["not", "no", "never", "neither", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "nothing"]),
  es: new Set(["no", "nunca", "jamas", "ni", "nada"]),
  fr: new Set(["pas", "jamais", "ni", "rien", "aucun", "aucune"]),
  de: new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "nichts"]),
};

const neutralWordsSchema = z
  .object({
    _comment: z.string().optional(),
    ...Object.fromEntries(LANGUAGES.map((l) => [l, z.array(z.string().regex(/^[a-z]+$/, "accent-free lower-case letters only, as features.words() produces"))])),
  })
  .strict();

/** Throws at start-up on a malformed list: a word with an accent would silently never match. */
export function loadNeutralWords(json: unknown): Record<Language, Set<string>> {
  const parsed = neutralWordsSchema.parse(json) as Record<string, string[]>;
  return Object.fromEntries(LANGUAGES.map((l) => [l, new Set(parsed[l])])) as Record<Language, Set<string>>;
}

// Words that carry no mood in a shop chat though the lexicons score them (data file, checked on load); see its comment.
const NEUTRAL_WORDS: Record<Language, Set<string>> = loadNeutralWords(neutralWordsJson);

// Words the lexicons miss or under-weight but that shoppers use when they are really upset.
// Matched on accent-free lower-case text; \b anchors keep "nul" from matching "nullement".
const STRONG_NEGATIVE: RegExp[] = [
  /\b(unacceptable|furious|outrage\w*|worst|terrible|horrible|awful|appalling|disgust\w*|disgrace\w*|scam\w*|fraud\w*|rip ?off|ridiculous|pathetic|useless|incompetent|livid|pissed|fed up|sick of|never again|never buy|never order|shame on|hate|lied|liars?|thie(f|ves)|robbed|cheated|joke of a|nightmare|unbelievable|fuck\w*|shit\w*|crap\w*|damn\w*|bloody|wtf|angry|rude|furiously|infuriat\w*|enraged|sue you|lawyer|lawsuit|chargeback|report you|(1|one|zero|0) stars?|bad review|negative review)\b/,
  /\b(inaceptable|furios[oa]s?|indignad[oa]|harto|harta|pesim[oa]|estafa\w*|ladron\w*|verguenza|asco|asqueros[oa]|horrible|fatal|enfadad[oa]|cabread[oa]|mierda|joder|ridicul[oa]|nunca mas|inutil\w*|denunciar|abogado|timo|mala resena|(1|una) estrella)\b/,
  /\b(inadmissible|inacceptable|furieux|furieuse|scandal\w*|honteu\w*|honte|arnaqu\w*|escroc\w*|voleurs?|nul(le)?s?|lamentable|deplorable|horrible|degoute\w*|en colere|marre|pire|inutile|merde|putain|ridicule|jamais plus|plus jamais|avocat|plainte|mauvais avis|(1|une) etoile)\b/,
  /\b(inakzeptabel|unakzeptabel|wutend|stinksauer|sauer|frechheit|unverschamt\w*|betrug\w*|betruger\w*|abzocke\w*|schrecklich\w*|furchtbar\w*|miserabel\w*|katastroph\w*|schlechteste\w*|scheiss\w*|nutzlos\w*|lacherlich\w*|nie wieder|anwalt|verarscht|entsetzt|schlechte bewertung|(1|ein|einen) stern)\b/,
];
// The same, global, to count every match (built once: a RegExp built per message showed in the load profile).
const STRONG_NEGATIVE_EVERY = STRONG_NEGATIVE.map((re) => new RegExp(re.source, "g"));
const MILD_NEGATIVE: RegExp[] = [
  /\b(disappoint\w*|unhappy|not happy|annoy\w*|frustrat\w*|upset|dissatisfied|unsatisfied|poor|bad|slow|ignored|ignoring|complain\w*|waiting for ages|still waiting|broken|damaged|wrong|missing)\b/,
  /\b(decepcionad[oa]|descontent[oa]|molest[oa]|mal[oa]?|queja|reclamacion|roto|danad[oa]|equivocad[oa]|todavia no|sigo esperando)\b/,
  /\b(decu[e]?|mecontent\w*|agace\w*|mauvais\w*|reclamation|casse\w*|abime\w*|endommage\w*|toujours pas|j'attends toujours)\b/,
  /\b(enttauscht|unzufrieden|argerlich|verargert|schlecht\w*|beschwerde|kaputt|beschadigt|falsch\w*|immer noch nicht|warte immer noch)\b/,
];
const POSITIVE_CUES = /\b(thanks?|thank you|great|awesome|perfect|love|amazing|excellent|gracias|genial|perfecto|encanta|merci|parfait|super|genial|danke|toll|perfekt|prima|wunderbar)\b/;

export interface SentimentResult {
  label: SentimentLabel;
  score: number;
}

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * NLP.js-style lexicon score (stemmed lookups with negation flipping), squashed into -1..1, then floored by
 * cue lists so anger the lexicons miss still reads as strongly negative.
 */
export function analyzeSentiment(text: string, lang: Language): SentimentResult {
  const ws = words(text);
  const lex = LEXICONS[lang];
  const neg = NEGATIONS[lang];
  let sum = 0;
  let hits = 0;
  let negate = 1;
  for (const w of ws) {
    if (neg.has(w)) {
      negate = -1;
      continue;
    }
    if (NEUTRAL_WORDS[lang].has(w)) continue;
    const v = lex[stem(w, lang)] ?? lex[w];
    if (v !== undefined && v !== 0) {
      sum += negate * v;
      hits += 1;
    }
  }
  let score = hits === 0 ? 0 : Math.tanh((1.5 * sum) / Math.sqrt(hits));

  const t = plain(text);
  const strong = STRONG_NEGATIVE.filter((re) => re.test(t)).length > 0;
  const strongCount = STRONG_NEGATIVE_EVERY.reduce((n, re) => n + (t.match(re)?.length ?? 0), 0);
  const mild = MILD_NEGATIVE.some((re) => re.test(t));
  const shouting = /!{2,}/.test(text) || (text.replace(/[^A-Z]/g, "").length >= 8 && text === text.toUpperCase());
  // "yes", "si", an email or an order number: one or two words with no cue are an answer, not a mood. The lexicons
  // score some of them (Spanish "si" reads as negative), which flagged plain replies as upset.
  const contentWords = ws.filter((w) => !w.startsWith("zz"));
  if (contentWords.length <= 2) score = 0;
  if (strong) score = Math.min(score, strongCount >= 2 || shouting ? -0.9 : -0.75);
  // Lexicon hits alone are often descriptive ("damaged", "late"), not anger: they never reach "strongly negative".
  else score = Math.max(score, STRONG_NEGATIVE_SCORE + 0.05);
  if (!strong && mild) score = Math.min(score, -0.35);
  if (!strong && !mild && POSITIVE_CUES.test(t)) score = Math.max(score, 0.4);
  if (shouting && score < 0) score = Math.max(-1, score - 0.15);
  score = Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
  return { label: labelFor(score), score };
}

export function labelFor(score: number): SentimentLabel {
  if (score <= -0.25) return "negative";
  if (score >= 0.25) return "positive";
  return "neutral";
}

/** What eval (and routing tests) treat as "strongly negative". */
export const STRONG_NEGATIVE_SCORE = -0.6;
