// Products as shoppers name them: partial names and single distinctive words ("the trail runner", "the beanie"),
// plurals and typos ("trekking pole", "beenie"), the shop's published title translations ("le bonnet en laine") and a
// small synonym list per language ("Mütze", "doudoune"). MiniSearch does the fuzzy and prefix matching; this module
// decides what the matches mean: one product, several that fit the same words (the bot offers the choice), or a
// name the shop does not have (the bot says so instead of guessing).
import MiniSearch, { type SearchResult } from "minisearch";
import { PRODUCT_WORDS, productTerm, type ProductWords } from "./product-words";
import type { CatalogueEntry, Language, ProductMention } from "./types";

export interface ProductMatch {
  /** Products the message names, each by its own words ("the mug and the beanie" names two). */
  products: ProductMention[];
  /** Several products fit the same words ("the jacket" in a shop with two jackets): the shopper must choose. */
  choices: ProductMention[];
  /** Words that ask for a product the catalogue does not have ("do you have snowboards?"), else null. */
  unknownName: string | null;
  /** The message is little more than a product name and options ("the trekking poles", "beanie in rust?"). */
  nameOnly: boolean;
  /** The message's words that matched the catalogue (names, option values): shop vocabulary, not the shopper's mood. */
  shopWords: string[];
}

const MAX_CHOICES = 4;
const MAX_SEARCHED_WORDS = 40;
/** Longer "words" are pasted codes or URLs, not names; fuzzy search over them is all cost. */
const MAX_WORD = 30;

interface Token {
  text: string;
  term: string;
  start: number;
  end: number;
}

// A module constant: the server build (esbuild) turns this literal into `new RegExp(...)` where it stands, which
// would build it again for every word. Not global, so exec keeps no state between calls.
const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu)['’](?=\p{L}{3})/iu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const start = m.index ?? 0;
    // French elision: "l'imperméable" is "imperméable"; English "don't" stays one word.
    const elided = FRENCH_ELISION.exec(m[0])?.[0].length ?? 0;
    const word = m[0].slice(elided);
    out.push({ text: word, term: productTerm(word), start: start + elided, end: start + m[0].length });
  }
  return out;
}

interface IndexedCatalogue {
  search: MiniSearch<{ id: number; title: string; names: string; type: string; options: string }>;
  entries: CatalogueEntry[];
}

const indexes = new WeakMap<CatalogueEntry[], IndexedCatalogue>();

function indexFor(catalogue: CatalogueEntry[]): IndexedCatalogue {
  let index = indexes.get(catalogue);
  if (!index) {
    const search = new MiniSearch<{ id: number; title: string; names: string; type: string; options: string }>({
      fields: ["title", "names", "type", "options"],
      tokenize: (text) => tokenize(text).map((t) => t.text),
      processTerm: (term) => productTerm(term) || null,
    });
    search.addAll(
      catalogue.map((entry, id) => ({
        id,
        title: entry.title,
        // A handle often carries the name the merchant started with ("trail-runner-shoe").
        names: [entry.handle.replace(/[-_]+/g, " "), ...Object.values(entry.translatedTitles ?? {})].join(" \n "),
        type: entry.productType ?? "",
        options: (entry.optionValues ?? []).join(" \n "),
      })),
    );
    index = { search, entries: catalogue };
    indexes.set(catalogue, index);
  }
  return index;
}

type Quality = 3 | 2 | 1; // exact > prefix > fuzzy

/** Edits allowed for a typo: none for short words (so "shop" never becomes "shoe"), more for long ones. */
function fuzzyFor(term: string): number | false {
  if (term.length >= 8) return 2;
  return term.length >= 5 ? 1 : false;
}

/**
 * For one word of the message: the products it fits, keeping only the best kind of match (an exact hit beats a
 * typo), and whether it fits a product only through an option value ("rust").
 */
function hitsFor(search: IndexedCatalogue["search"], term: string): Map<number, { quality: Quality; optionOnly: boolean }> {
  const results: SearchResult[] = search.search(term, { prefix: term.length >= 4, fuzzy: fuzzyFor(term), combineWith: "OR" });
  const quality = (r: SearchResult): Quality => (r.terms.includes(term) ? 3 : r.terms.some((t) => t.startsWith(term)) ? 2 : 1);
  const best = Math.max(0, ...results.map(quality));
  const optionOnly = (r: SearchResult) => Object.values(r.match).every((fields) => fields.every((f) => f === "options"));
  return new Map(results.filter((r) => quality(r) === best).map((r) => [Number(r.id), { quality: quality(r), optionOnly: optionOnly(r) }]));
}

interface Candidate {
  index: number;
  /** Title words matched: a compound like "Daunenjacke" counts once per title word it stands for. */
  units: number;
  tokens: Set<number>;
  strong: boolean;
  score: number;
}

function mention(entry: CatalogueEntry, tokens: Token[], text: string, picked: Set<number>): ProductMention {
  const used = tokens.filter((_, i) => picked.has(i));
  const start = Math.min(...used.map((t) => t.start));
  const end = Math.max(...used.map((t) => t.end));
  const found: ProductMention = { productId: entry.productId, handle: entry.handle, title: entry.title, matchedText: text.slice(start, end) };
  return entry.translatedTitles && Object.keys(entry.translatedTitles).length ? { ...found, localTitles: entry.translatedTitles } : found;
}

/** "Do you have…", "en stock", "auf Lager", "¿tienen…?": the message asks whether the shop has something. */
export function asksAvailability(text: string, words: ProductWords = PRODUCT_WORDS): boolean {
  const lower = ` ${text.toLowerCase().replace(/[¿¡?!.,;:()"“”«»]/g, " ").replace(/\s+/g, " ")} `;
  return Object.values(words.availability).some((cues) => cues.some((cue) => lower.includes(` ${cue}`)));
}

export function matchProducts(
  text: string,
  catalogue: CatalogueEntry[] | undefined,
  language?: Language,
  words: ProductWords = PRODUCT_WORDS,
): ProductMatch {
  const none: ProductMatch = { products: [], choices: [], unknownName: null, nameOnly: false, shopWords: [] };
  const tokens = tokenize(text);
  // Words that could be (part of) a product name: not filler, not a number. Sizes and colours are searched (a title
  // may say "Blue"), but they never name a product alone, nor make an unknown one.
  // A product is named in the first few dozen words; a 2,000-character paste must not cost a search per word.
  const searchable = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.term.length > 1 && t.term.length <= MAX_WORD && !/^\d+[a-z]?$/.test(t.term) && !words.ignored.has(t.term))
    .slice(0, MAX_SEARCHED_WORDS);
  const content = searchable.filter(({ t }) => !words.options.has(t.term));
  if (searchable.length === 0) return none;
  const unknown = () =>
    content.length > 0 && asksAvailability(text, words)
      ? { ...none, unknownName: content.slice(0, 4).map(({ t }) => t.text).join(" ") }
      : none;
  // Without the catalogue nothing can be said to be missing from it.
  if (!catalogue || catalogue.length === 0) return none;

  const index = indexFor(catalogue);
  const candidates = new Map<number, Candidate>();
  for (const { t, i } of searchable) {
    const synonyms = language ? (words.synonyms[language].get(t.term) ?? []) : [];
    const others = Object.values(words.synonyms).flatMap((m) => m.get(t.term) ?? []);
    // A word is read either as itself or as what the synonym list says it stands for ("Daunenjacke" -> down, jacket);
    // each product keeps its better reading, so "chaqueta" found both ways still counts once.
    const readings = [[t.term], [...new Set([...synonyms, ...others])]].filter((r) => r.length > 0);
    const perDoc = new Map<number, { units: number; score: number; optionOnly: boolean }>();
    for (const reading of readings) {
      const here = new Map<number, { units: number; score: number; optionOnly: boolean }>();
      for (const term of reading) {
        for (const [doc, hit] of hitsFor(index.search, term)) {
          const h = here.get(doc) ?? { units: 0, score: 0, optionOnly: true };
          h.units += 1;
          h.score += hit.quality === 3 ? 1 : hit.quality === 2 ? 0.9 : 0.8;
          h.optionOnly &&= hit.optionOnly;
          here.set(doc, h);
        }
      }
      for (const [doc, h] of here) {
        const best = perDoc.get(doc);
        if (!best || h.units > best.units || (h.units === best.units && h.score > best.score)) perDoc.set(doc, h);
      }
    }
    for (const [doc, h] of perDoc) {
      const c = candidates.get(doc) ?? { index: doc, units: 0, tokens: new Set<number>(), strong: false, score: 0 };
      c.units += h.units;
      c.score += h.score;
      c.tokens.add(i);
      if (!words.weak.has(t.term) && !words.options.has(t.term) && !h.optionOnly) c.strong = true;
      candidates.set(doc, c);
    }
  }
  // Weak words alone ("down", "alpine") name a product only when they are all the message says ("the down one?").
  const fitting = [...candidates.values()].filter((c) => c.strong || (content.length > 0 && content.every(({ i }) => c.tokens.has(i)))).sort((a, b) => b.units - a.units || b.score - a.score);
  if (fitting.length === 0) return unknown();

  const matchedTokens = new Set(fitting.flatMap((c) => [...c.tokens]));
  const nameOnly = content.every(({ i }) => matchedTokens.has(i));
  const shopWords = tokens.filter((_, i) => matchedTokens.has(i)).map((t) => t.text);
  const top = fitting.filter((c) => c.units === fitting[0].units);
  const toMention = (c: Candidate) => mention(index.entries[c.index], tokens, text, c.tokens);
  if (top.length === 1) {
    // Another product named by words of its own ("the mug and the beanie") is named too.
    const rest = fitting.slice(1).filter((c) => [...c.tokens].every((i) => !top[0].tokens.has(i)));
    const distinct = rest.filter((c, k) => rest.findIndex((o) => [...o.tokens].some((i) => c.tokens.has(i))) === k);
    return { ...none, products: [top[0], ...distinct].map(toMention), nameOnly, shopWords };
  }
  // Equally good fits on different words are different products; on the same words, a choice to offer.
  const overlapping = top.some((c, k) => top.some((o, m) => m !== k && [...o.tokens].some((i) => c.tokens.has(i))));
  if (!overlapping) return { ...none, products: top.map(toMention), nameOnly, shopWords };
  return { ...none, choices: top.slice(0, MAX_CHOICES).map(toMention), nameOnly, shopWords };
}

/** The products a message names (empty when it names none or several fit the same words). */
export function findProducts(text: string, catalogue: CatalogueEntry[] | undefined, language?: Language): ProductMention[] {
  return matchProducts(text, catalogue, language).products;
}
