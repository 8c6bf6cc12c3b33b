// BM25 retrieval over a shop's passages (MiniSearch), plus the confidence rule that decides whether a passage may be
// quoted as the answer. Scores from BM25 are not comparable across queries, so confidence is the share of what the
// question asks about (its aspects and its known content words) that the best passage actually matches.
import MiniSearch from "minisearch";
import type { Language } from "../understanding/types";
import { aspectsIn, isStopword, LEXICON, normaliseForCues } from "./lexicon";
import type { Passage } from "./passages";

/** Below this share of the question matched, the bot hands off with what it found. */
export const MIN_CONFIDENCE = 0.5;

/** The language the lexicon's aspect expansions are written in: the shop content they search. */
const CONTENT_LANGUAGE: Language = "en";
const UNKNOWN_WORD_WEIGHT = { same_language: 0.5, other_language: 0.25 } as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'°²/-]*/gu;

/** Light English suffix folding: the shop's content is searched with the same folding as the question. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/^['-]+|['-]+$/g, "").replace(/'s$/, "");
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

export function tokens(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (isStopword(t)) return null;
  return stem(t);
}

export interface ContentIndex {
  search: MiniSearch<Passage>;
  passages: Map<string, Passage>;
  vocabulary: Set<string>;
  /** Product id -> stems of its title: "the trail runner" names a product in any language. */
  productTitles: Map<string, Set<string>>;
  /** The language of this index's passages. */
  language: Language;
  /** Per other language, the index of the merchant's translated passages (searched first for a shopper writing it). */
  translated: Map<Language, ContentIndex>;
}

// Title words that say what kind of thing it is rather than which one.
const GENERIC_TITLE_WORDS = new Set(["the", "and", "with", "for", "pack", "set", "new", "edition"]);

export function buildIndex(passages: Passage[]): ContentIndex {
  const byLanguage = new Map<Language, Passage[]>();
  for (const p of passages) if (p.language && p.language !== CONTENT_LANGUAGE) byLanguage.set(p.language, [...(byLanguage.get(p.language) ?? []), p]);
  const primary = buildLanguageIndex(
    passages.filter((p) => !p.language || p.language === CONTENT_LANGUAGE),
    CONTENT_LANGUAGE,
  );
  for (const [language, own] of byLanguage) primary.translated.set(language, buildLanguageIndex(own, language));
  return primary;
}

function buildLanguageIndex(passages: Passage[], language: Language): ContentIndex {
  const search = new MiniSearch<Passage>({
    fields: ["text", "context", "ownerTitle"],
    storeFields: [],
    tokenize: (text) => tokens(text),
    processTerm,
    searchOptions: { boost: { text: 2, context: 1, ownerTitle: 0.5 }, processTerm, tokenize: (text) => tokens(text) },
  });
  search.addAll(passages);
  const vocabulary = new Set<string>();
  const productTitles = new Map<string, Set<string>>();
  for (const p of passages) {
    for (const t of tokens(`${p.text} ${p.context}`)) if (!isStopword(t)) vocabulary.add(stem(t));
    if (p.source !== "page" && !productTitles.has(p.ownerId)) {
      productTitles.set(p.ownerId, new Set(tokens(p.ownerTitle).map(stem).filter((w) => !GENERIC_TITLE_WORDS.has(w))));
    }
  }
  return { search, passages: new Map(passages.map((p) => [p.id, p])), vocabulary, productTitles, language, translated: new Map() };
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the question's asks this passage matches, 0..1. */
  confidence: number;
  matched: string[];
}

export interface SearchRequest {
  text: string;
  language: Language;
  /** Products named in the message (understanding's entities): their passages and the shop's pages are searched. */
  productIds?: string[];
  /** Words of the named product's title, which say which product, not what about it. */
  productTitleWords?: string[];
  limit?: number;
}

interface Ask {
  label: string;
  terms: string[];
}

/** Products whose title words the question uses most ("the weekender", "la trail runner"), when understanding found none. */
export function productsNamedIn(index: ContentIndex, questionStems: Set<string>): string[] {
  let best = 0;
  let owners: string[] = [];
  for (const [owner, title] of index.productTitles) {
    let overlap = 0;
    for (const w of title) if (questionStems.has(w)) overlap += 1;
    if (overlap === 0) continue;
    if (overlap > best) {
      best = overlap;
      owners = [owner];
    } else if (overlap === best) owners.push(owner);
  }
  return owners;
}

/** What the question asks about: aspects (with their content words) and the remaining content words it uses. */
export function asksOf(
  request: SearchRequest,
  vocabulary: Set<string>,
  titleStems: Set<string> = new Set(),
  contentLanguage: Language = CONTENT_LANGUAGE,
): { asks: Ask[]; unknown: string[] } {
  const titleWords = new Set([...(request.productTitleWords ?? []).map(stem), ...titleStems]);
  // The product's name says which product, not what about it: "rain shell" must not ask about rain.
  const withoutTitle = normaliseForCues(request.text)
    .split(" ")
    .filter((w) => !titleWords.has(stem(w)))
    .join(" ");
  const aspects = aspectsIn(withoutTitle, request.language);
  // The expansions are English; translated content is also searched with the aspect's cues in its own language.
  const aspectTerms = (name: string) => [
    ...LEXICON.aspects[name].expand,
    ...(contentLanguage === CONTENT_LANGUAGE ? [] : LEXICON.aspects[name].cues[contentLanguage]),
  ];
  const asks: Ask[] = aspects.map((name) => ({ label: name, terms: [...new Set(aspectTerms(name).flatMap((e) => tokens(e).map(stem)))] }));
  const aspectCueWords = new Set(
    aspects.flatMap((name) => Object.values(LEXICON.aspects[name].cues).flat().flatMap((c) => tokens(c).map(stem))),
  );
  const unknown: string[] = [];
  for (const word of tokens(withoutTitle)) {
    if (isStopword(word) || word.length < 2) continue;
    const s = stem(word);
    if (aspectCueWords.has(s)) continue;
    if (asks.some((a) => a.terms.includes(s))) continue;
    if (vocabulary.has(s)) asks.push({ label: word, terms: [s] });
    else unknown.push(word);
  }
  return { asks, unknown };
}

/**
 * A shopper writing in a language the merchant translated content into is answered from that translation when it
 * answers confidently; otherwise (no translation, or it doesn't say) from the primary-language content, quoted as the
 * merchant wrote it. Never translated.
 */
export function searchPassages(index: ContentIndex, request: SearchRequest): Hit[] {
  const translated = index.translated.get(request.language);
  if (translated) {
    const hits = searchOneLanguage(translated, request);
    if (hits[0] && hits[0].confidence >= MIN_CONFIDENCE) return hits;
  }
  return searchOneLanguage(index, request);
}

function searchOneLanguage(index: ContentIndex, request: SearchRequest): Hit[] {
  // Words that are part of what the question asks ("gift" in "gift wrapping") don't name a product ("Gift Card").
  const cueStems = new Set(
    aspectsIn(request.text, request.language).flatMap((name) => Object.values(LEXICON.aspects[name].cues).flat().flatMap((c) => tokens(c).map(stem))),
  );
  const questionStems = new Set(tokens(normaliseForCues(request.text)).map(stem).filter((w) => !cueStems.has(w)));
  const named = request.productIds?.length ? request.productIds : productsNamedIn(index, questionStems);
  const selected = new Set(named);
  const titleStems = new Set(named.flatMap((id) => [...(index.productTitles.get(id) ?? [])]));
  const { asks, unknown } = asksOf(request, index.vocabulary, titleStems, index.language);
  if (asks.length === 0) return [];
  const wantsOptions = asks.some((a) => a.label === "variants");
  const query = [...new Set(asks.flatMap((a) => a.terms))].join(" ");
  const results = index.search.search(query, {
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
    filter: (r) => {
      if (selected.size === 0) return true;
      const p = index.passages.get(String(r.id));
      return Boolean(p && (selected.has(p.ownerId) || p.source === "page"));
    },
  });
  // Unknown words weigh half: some are asks the shop's content doesn't cover. In a question written in another language
  // than the content (English, which the lexicon's expansions target) most are just the shopper's language ("en algún
  // momento", "vuestra ropa"), so they weigh a quarter; the asks the lexicon recognised still decide.
  const denominator = asks.length + UNKNOWN_WORD_WEIGHT[request.language === index.language ? "same_language" : "other_language"] * unknown.length;
  // Equal confidence: the named product's own page beats the shop's general pages; with no product named, the
  // general pages (FAQ) beat one product's special case; "which colours" prefers the option list.
  const preference = (p: Passage) =>
    (selected.has(p.ownerId) ? 2 : p.source === "page" && selected.size === 0 ? 1 : 0) + (wantsOptions && p.source === "option" ? 3 : 0);
  return results
    .slice(0, 40)
    .map((r) => {
      const passage = index.passages.get(String(r.id))!;
      const hitTerms = [...new Set(Object.keys(r.match).map(stem))];
      const matched = asks.filter((a) => a.terms.some((t) => hitTerms.some((h) => h === t || h.startsWith(t) || t.startsWith(h))));
      return { passage, score: r.score, confidence: matched.length / denominator, matched: matched.map((a) => a.label), pref: preference(passage) };
    })
    .sort((a, b) => b.confidence - a.confidence || b.pref - a.pref || b.score - a.score)
    .slice(0, request.limit ?? 5)
    .map(({ pref: _pref, ...hit }) => hit);
}
