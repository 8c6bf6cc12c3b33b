// The data file saying how shoppers name products (data/product-words.json), checked on load: a duplicate or a word
// in two roles there must fail at start-up, not quietly stop the bot from recognising a product.
import { z } from "zod";
import { LEXICON } from "../knowledge/lexicon";
import raw from "./data/product-words.json";
import { LANGUAGES, type Language } from "./types";

const perLanguage = <T extends z.ZodTypeAny>(item: T) => z.object({ en: item, es: item, fr: item, de: item }).strict();
const words = z.array(z.string().trim().min(1));

const schema = z
  .object({
    _comment: z.string().optional(),
    filler: perLanguage(words),
    colours: perLanguage(words),
    sizes: perLanguage(words),
    sizeCues: perLanguage(words.min(1)),
    weak: perLanguage(words),
    availability: perLanguage(words.min(1)),
    synonyms: perLanguage(z.record(words.min(1))),
  })
  .strict();

/**
 * One word as both the index and the shopper's message see it: lower case, no accents, crude plural folding shared
 * by en/es/fr/de ("poles" ~ "pole", "tazas" ~ "taza"). Exact forms matter less than folding
 * both sides the same way; MiniSearch's fuzzy match covers the rest.
 */
export function productTerm(word: string): string {
  const w = word.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "");
  // Only a final s (or x) goes: "beanies" -> "beanie", "bastones" -> "bastone" (a typo's distance from "bastón").
  if (w.length > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

export interface ProductWords {
  /** Never part of a product name (grounded-answer stopwords, filler), any language. */
  ignored: Set<string>;
  /** Describe a variant (colour, size); in a title ("Blue Hoodie") they support a match but never make one alone. */
  options: Set<string>;
  /** Folded colour word -> the word as written in the data file. */
  colours: Map<string, string>;
  /** Folded words that precede a size ("size", "taille", "Größe"). */
  sizeCues: Set<string>;
  /** Support a match but never make one alone. */
  weak: Set<string>;
  availability: Record<Language, string[]>;
  /** Folded shopper word -> folded title words. */
  synonyms: Record<Language, Map<string, string[]>>;
}

export function parseProductWords(json: unknown): ProductWords {
  const data = schema.parse(json);
  const problems: string[] = [];
  const seen = (list: string[], where: string) => {
    const folded = new Set<string>();
    for (const w of list) {
      if (w !== w.toLowerCase()) problems.push(`${where}: "${w}" must be lower case`);
      const f = productTerm(w);
      if (folded.has(f)) problems.push(`${where}: "${w}" is listed twice`);
      folded.add(f);
    }
    return folded;
  };
  const ignored = new Set<string>();
  const options = new Set<string>();
  const colours = new Map<string, string>();
  const sizeCues = new Set<string>();
  const weak = new Set<string>();
  const synonyms = {} as ProductWords["synonyms"];
  for (const lang of LANGUAGES) {
    for (const w of seen(data.filler[lang], `filler.${lang}`)) ignored.add(w);
    for (const w of seen(data.colours[lang], `colours.${lang}`)) options.add(w);
    for (const w of seen(data.sizes[lang], `sizes.${lang}`)) options.add(w);
    for (const w of data.colours[lang]) colours.set(productTerm(w), w);
    for (const w of seen(data.sizeCues[lang], `sizeCues.${lang}`)) sizeCues.add(w);
    for (const w of seen(data.weak[lang], `weak.${lang}`)) weak.add(w);
    seen(data.availability[lang], `availability.${lang}`);
    const map = new Map<string, string[]>();
    for (const key of seen(Object.keys(data.synonyms[lang]), `synonyms.${lang}`)) map.set(key, []);
    for (const [key, targets] of Object.entries(data.synonyms[lang])) {
      map.set(productTerm(key), targets.map(productTerm));
    }
    synonyms[lang] = map;
  }
  for (const w of options) if (weak.has(w)) problems.push(`"${w}" is both an option word and a weak word`);
  for (const lang of LANGUAGES) for (const w of LEXICON.stopwords[lang]) ignored.add(productTerm(w));
  // A synonym that is also an ignored word would be dropped before it could be expanded.
  for (const lang of LANGUAGES) {
    for (const key of synonyms[lang].keys()) if (ignored.has(key)) problems.push(`synonyms.${lang}: "${key}" is also a filler or stop word`);
  }
  if (problems.length) throw new Error(`product-words.json: ${problems.join("; ")}`);
  return { ignored, options, colours, sizeCues, weak, availability: data.availability, synonyms };
}

export const PRODUCT_WORDS: ProductWords = parseProductWords(raw);

/**
 * Variant words the shopper asked for that an answer must not silently drop: colour words ("the beanie in red?" ->
 * "red") and the word after a size cue ("size 12" -> "12", "Größe M" -> "M").
 */
export function askedOptionWords(text: string, words: ProductWords = PRODUCT_WORDS): string[] {
  const found = new Set<string>();
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  tokens.forEach((token, i) => {
    if (words.colours.has(productTerm(token))) found.add(token.toLowerCase());
    const next = tokens[i + 1];
    if (next && words.sizeCues.has(productTerm(token)) && /^(\d{1,2}(\.5)?|[xX]{0,3}[sSmMlL])$/.test(next)) found.add(next);
  });
  return [...found];
}
