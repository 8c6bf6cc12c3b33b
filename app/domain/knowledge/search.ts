// BM25 retrieval over a shop's passages (MiniSearch), plus the confidence rule that decides whether a passage may be
// quoted as the answer. Scores from BM25 are not comparable across queries, so confidence is the share of what the
// question asks about (its aspects and its known content words) that the best passage actually matches.
import MiniSearch from "minisearch";
import type { Language } from "../understanding/types";
import { aspectsIn, isStopword, LEXICON } from "./lexicon";
import type { Passage } from "./passages";

/** Below this share of the question matched, the bot hands off with what it found. */
export const MIN_CONFIDENCE = 0.5;

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
}

export function buildIndex(passages: Passage[]): ContentIndex {
  const search = new MiniSearch<Passage>({
    fields: ["text", "context", "ownerTitle"],
    storeFields: [],
    tokenize: (text) => tokens(text),
    processTerm,
    searchOptions: { boost: { text: 2, context: 1, ownerTitle: 0.5 }, processTerm, tokenize: (text) => tokens(text) },
  });
  search.addAll(passages);
  const vocabulary = new Set<string>();
  for (const p of passages) for (const t of tokens(`${p.text} ${p.context}`)) if (!isStopword(t)) vocabulary.add(stem(t));
  return { search, passages: new Map(passages.map((p) => [p.id, p])), vocabulary };
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
  /** Products named in the message: their passages (and pages) are searched, other products' are not. */
  productIds?: string[];
  /** Words of the named product's title, which say which product, not what about it. */
  productTitleWords?: string[];
  limit?: number;
}

interface Ask {
  label: string;
  terms: string[];
}

/** What the question asks about: aspects (with their content words) and the remaining content words it uses. */
export function asksOf(request: SearchRequest, vocabulary: Set<string>): { asks: Ask[]; unknown: string[] } {
  const titleWords = new Set((request.productTitleWords ?? []).map(stem));
  const aspects = aspectsIn(request.text, request.language);
  const asks: Ask[] = aspects.map((name) => ({ label: name, terms: LEXICON.aspects[name].expand.flatMap((e) => tokens(e).map(stem)) }));
  const aspectCueWords = new Set(
    aspects.flatMap((name) => Object.values(LEXICON.aspects[name].cues).flat().flatMap((c) => tokens(c).map(stem))),
  );
  const unknown: string[] = [];
  for (const word of tokens(request.text)) {
    if (isStopword(word) || word.length < 2) continue;
    const s = stem(word);
    if (titleWords.has(s) || aspectCueWords.has(s)) continue;
    if (asks.some((a) => a.terms.includes(s))) continue;
    if (vocabulary.has(s)) asks.push({ label: word, terms: [s] });
    else unknown.push(word);
  }
  return { asks, unknown };
}

export function searchPassages(index: ContentIndex, request: SearchRequest): Hit[] {
  const { asks, unknown } = asksOf(request, index.vocabulary);
  if (asks.length === 0) return [];
  const productIds = request.productIds?.length ? new Set(request.productIds) : null;
  const query = [...new Set(asks.flatMap((a) => a.terms))].join(" ");
  const results = index.search.search(query, {
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
    filter: (r) => {
      if (!productIds) return true;
      const p = index.passages.get(String(r.id));
      return Boolean(p && (productIds.has(p.ownerId) || p.source === "page"));
    },
  });
  // Unknown words weigh half: in a translated question many are just the shopper's language.
  const denominator = asks.length + 0.5 * unknown.length;
  return results.slice(0, request.limit ?? 5).map((r) => {
    const passage = index.passages.get(String(r.id))!;
    const hitTerms = new Set(Object.keys(r.match).map(stem));
    const matched = asks.filter((a) => a.terms.some((t) => hitTerms.has(t) || [...hitTerms].some((h) => h.startsWith(t) || t.startsWith(h))));
    // A passage about the named product beats an equally scored page.
    const ownerBonus = productIds && productIds.has(passage.ownerId) ? 1.2 : 1;
    return { passage, score: r.score * ownerBonus, confidence: matched.length / denominator, matched: matched.map((a) => a.label) };
  }).sort((a, b) => b.confidence - a.confidence || b.score - a.score);
}
