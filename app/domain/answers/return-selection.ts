// Which of the proposed return items the shopper's reply picks: by number ("1 and 3", "#2", "the first one"), by words
// of the title ("just the beanie"), with an optional quantity ("2 of the mugs"), or by exclusion ("all but the mug").
// Pure and deterministic so the conversation layer can ask the same question before routing the message.
import { z } from "zod";
import type { Language } from "../understanding/types";
import itemWordsData from "./data/return-item-words.json";

export interface SelectableReturnItem {
  fulfillmentLineItemId: string;
  quantity: number;
  title?: string | null;
  variantTitle?: string | null;
}

export type ReturnSelection<T extends SelectableReturnItem> =
  /** Nothing in the text points at an item (a bare "yes"): the whole proposal stands. */
  | { kind: "unmatched" }
  /** Explicitly everything ("both", "all of them"). */
  | { kind: "all" }
  | { kind: "some"; items: T[] }
  /** The shopper excluded every proposed item ("not the beanie" when the beanie is all there is). */
  | { kind: "none" };

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss");

const words = (s: string) => fold(s).replace(/[^a-z0-9#]+/g, " ").trim().split(" ").filter(Boolean);

// "les chaussures" picks the shoe: everyday item words per language, mapped to the English word a title uses.
const ITEM_WORDS: Record<Language, Record<string, string>> = (() => {
  const table = z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/));
  const parsed = z.object({ _comment: z.string().optional(), en: table, fr: table, de: table, es: table }).strict().parse(itemWordsData);
  for (const [language, map] of Object.entries(parsed)) {
    if (typeof map === "string") continue;
    for (const key of Object.keys(map)) if (key !== fold(key)) throw new Error(`return-item-words.json: ${language} key "${key}" must be lower case without accents`);
  }
  return { en: parsed.en, fr: parsed.fr, de: parsed.de, es: parsed.es };
})();
const inEnglish = (tok: string, language: Language) =>
  (Object.hasOwn(ITEM_WORDS[language], tok) ? ITEM_WORDS[language][tok] : undefined) ?? (Object.hasOwn(ITEM_WORDS.en, tok) ? ITEM_WORDS.en[tok] : tok);

// Per language; English is always understood too because shoppers mix it in.
const CONJUNCTIONS: Record<Language, string[]> = {
  en: ["and", "plus", "also"],
  es: ["y", "e", "mas", "tambien"],
  fr: ["et", "plus", "aussi"],
  de: ["und", "sowie", "auch"],
};
const EXCLUDE: Record<Language, string[]> = {
  en: ["except", "excluding", "but", "not", "without", "keep", "keeping", "minus"],
  es: ["excepto", "menos", "salvo", "sin", "quedo", "quedare", "quedarme"],
  fr: ["sauf", "excepte", "hormis", "sans", "pas", "garde", "garder"],
  de: ["ausser", "ohne", "nicht", "kein", "keine", "keinen", "behalte", "behalten"],
};
const EXCLUDE_PHRASES: Record<Language, string[]> = {
  en: ["apart from", "other than", "don t", "dont"],
  es: ["aparte de", "no quiero devolver"],
  fr: ["a part", "en dehors de"],
  de: ["abgesehen von", "bis auf"],
};
/** "but only the beanie" narrows, it doesn't exclude. */
const RESTRICT: Record<Language, string[]> = {
  en: ["only", "just"],
  es: ["solo", "solamente", "unicamente"],
  fr: ["seulement", "uniquement", "que"],
  de: ["nur", "lediglich"],
};
const ALL: Record<Language, string[]> = {
  en: ["all", "both", "everything", "every", "each"],
  es: ["todo", "todos", "todas", "ambos", "ambas"],
  fr: ["tout", "tous", "toutes", "deux"],
  de: ["alle", "alles", "beide", "beides"],
};
const ORDINALS: Record<Language, Record<string, number | "last">> = {
  en: { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5, last: "last" },
  es: {
    primero: 1, primera: 1, primer: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, tercer: 3,
    cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, ultimo: "last", ultima: "last",
  },
  fr: {
    premier: 1, premiere: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
    dernier: "last", derniere: "last",
  },
  de: {
    erste: 1, ersten: 1, erster: 1, erstes: 1, zweite: 2, zweiten: 2, zweiter: 2, zweites: 2,
    dritte: 3, dritten: 3, dritter: 3, drittes: 3, vierte: 4, vierten: 4, funfte: 5, funften: 5,
    letzte: "last", letzten: "last", letzter: "last", letztes: "last",
  },
};
const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, a: 1, an: 1 },
  es: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5 },
  fr: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5 },
  de: { ein: 1, eine: 1, einen: 1, eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5 },
};
// Never distinctive in a title.
const TITLE_STOPWORDS = new Set(
  "the and for with from of a an de del la las los el le les du des et der die das und mit fur von default title".split(" "),
);
const REFUSAL = new Set(["no", "nope", "nah", "non", "nein", "cancel", "cancelar", "annuler", "abbrechen"]);

const wordsFor = <V>(table: Record<Language, V[]>, language: Language): Set<V> =>
  new Set([...table.en, ...(language === "en" ? [] : table[language] ?? [])]);
const pickMap = <V>(table: Record<Language, Record<string, V>>, language: Language): Record<string, V> => ({
  ...table.en,
  ...(table[language] ?? {}),
});

/** Same word allowing a simple plural either way: shoe/shoes, mug/mugs, glass/glasses. */
const sameWord = (a: string, b: string) =>
  a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;

const titleWords = (i: SelectableReturnItem) =>
  [...new Set(words(`${i.title ?? ""} ${i.variantTitle ?? ""}`))].filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !TITLE_STOPWORDS.has(w));

interface ItemPick {
  index: number;
  quantity: number | null;
}

function parsePicks(tokens: string[], items: SelectableReturnItem[], language: Language, namesOnly = false): { picks: ItemPick[]; all: boolean } {
  const conj = wordsFor(CONJUNCTIONS, language);
  const allWords = wordsFor(ALL, language);
  const ordinals = pickMap(ORDINALS, language);
  const numberWords = pickMap(NUMBER_WORDS, language);
  const itemWords = items.map(titleWords);

  const segments: string[][] = [[]];
  for (const tok of tokens) {
    if (conj.has(tok)) segments.push([]);
    else segments.at(-1)!.push(tok);
  }

  const picks: ItemPick[] = [];
  let all = false;
  for (const seg of segments) {
    // Title words: the items this segment names best ("black jacket" beats plain "jacket").
    const scores = itemWords.map((ws) => ws.filter((w) => seg.some((tok) => sameWord(tok, w))).length);
    const best = Math.max(0, ...scores);
    const named = best > 0 ? scores.flatMap((s, i) => (s === best ? [i] : [])) : [];
    const firstNamedAt = named.length ? seg.findIndex((tok) => named.some((i) => itemWords[i].some((w) => sameWord(tok, w)))) : -1;

    let quantity: number | null = null;
    const indices: number[] = [];
    for (const [at, tok] of seg.entries()) {
      const hash = /^#(\d{1,2})$/.exec(tok);
      // Own keys only: a shopper's "constructor" must not reach Object.prototype.
      const ordinal = Object.hasOwn(ordinals, tok) ? ordinals[tok] : undefined;
      const times = /^(?:x(\d{1,2})|(\d{1,2})x)$/.exec(tok);
      const n = /^\d{1,2}$/.test(tok) ? Number(tok) : Object.hasOwn(numberWords, tok) ? numberWords[tok] : undefined;
      // An opening message's "my last order" or "order 1005" is not a pick from a list the shopper hasn't seen.
      if (namesOnly && !named.length) continue;
      if (namesOnly && (hash || ordinal !== undefined)) continue;
      if (hash) indices.push(Number(hash[1]));
      else if (ordinal !== undefined) indices.push(ordinal === "last" ? items.length : ordinal);
      else if (times && named.length) quantity = Number(times[1] ?? times[2]);
      else if (n === undefined) continue;
      // A number in front of a named item is how many of it ("2 of the mugs"); alone it is the item's number.
      else if (named.length && at < firstNamedAt) quantity = n;
      else if (/^\d+$/.test(tok) && !namesOnly) indices.push(n);
    }

    const chosen = new Set([...named, ...indices.filter((n) => n >= 1 && n <= items.length).map((n) => n - 1)]);
    for (const index of chosen) picks.push({ index, quantity: named.includes(index) ? quantity : null });
    if (chosen.size === 0 && !namesOnly && seg.some((tok) => allWords.has(tok))) all = true;
  }
  return { picks, all };
}

const NO_PICKS: { picks: ItemPick[]; all: boolean } = { picks: [], all: false };

/** Where an exclusion starts ("all but", "except", "not the"), or -1. */
function exclusionAt(tokens: string[], language: Language): number {
  const single = wordsFor(EXCLUDE, language);
  const phrases = [...wordsFor(EXCLUDE_PHRASES, language)].map((p) => p.split(" "));
  const restrict = wordsFor(RESTRICT, language);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrases.find((p) => p.every((w, k) => tokens[i + k] === w));
    if (phrase) return i + phrase.length;
    if (!single.has(tokens[i])) continue;
    // "yes but only the beanie" and "no, just the shoes" narrow rather than exclude.
    if (tokens.slice(i + 1, i + 3).some((t) => restrict.has(t))) continue;
    return i + 1;
  }
  return -1;
}

export function selectReturnItems<T extends SelectableReturnItem>(
  text: string,
  items: T[],
  language: Language,
  options: { namesOnly?: boolean } = {},
): ReturnSelection<T> {
  const tokens = words(text).map((tok) => inEnglish(tok, language));
  if (items.length === 0 || tokens.length === 0) return { kind: "unmatched" };

  const cut = exclusionAt(tokens, language);
  // A trailing marker negates what came before it ("die Schuhe nicht").
  const trailing = cut === tokens.length;
  const namesOnly = options.namesOnly ?? false;
  const include = cut < 0 ? parsePicks(tokens, items, language, namesOnly) : trailing ? NO_PICKS : parsePicks(tokens.slice(0, cut), items, language, namesOnly);
  const exclude = cut < 0 ? NO_PICKS : parsePicks(trailing ? tokens : tokens.slice(cut), items, language, namesOnly);
  const excluded = new Set(exclude.picks.map((p) => p.index));

  if (include.picks.length === 0 && excluded.size === 0) return include.all ? { kind: "all" } : { kind: "unmatched" };

  const wanted = new Map<number, number | null>();
  if (include.picks.length === 0) items.forEach((_, i) => wanted.set(i, null));
  for (const p of include.picks) {
    const previous = wanted.get(p.index);
    wanted.set(p.index, p.quantity ?? previous ?? null);
  }
  for (const i of excluded) wanted.delete(i);
  if (wanted.size === 0) return { kind: "none" };

  const chosen = [...wanted.entries()]
    .sort(([a], [b]) => a - b)
    .map(([i, quantity]) => ({ ...items[i], quantity: Math.min(items[i].quantity, Math.max(1, quantity ?? items[i].quantity)) }));
  const everything = chosen.length === items.length && chosen.every((c, k) => c.quantity === items[k].quantity);
  return everything ? { kind: "all" } : { kind: "some", items: chosen };
}

/**
 * True when `text`, sent right after a return proposal, picks one or more of the proposed items (by number, title
 * words, "both"/"all of them", or "all but …"). False for anything else, including questions and refusals, which
 * should go through understanding as usual. Items must carry the `title`/`variantTitle` the proposal stores.
 */
export function isReturnSelection(text: string, proposal: { items: SelectableReturnItem[] }, language: Language): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.includes("?")) return false;
  const tokens = words(trimmed);
  // Long messages are about something else more often than they are a pick from a list.
  if (tokens.length > 20 || REFUSAL.has(tokens[0]) && !tokens.slice(1, 3).some((t) => wordsFor(RESTRICT, language).has(t))) return false;
  const selection = selectReturnItems(trimmed, proposal.items, language);
  return selection.kind === "some" || selection.kind === "all";
}
