// Why the shopper is returning something, as one of Shopify's standard return reasons (ReturnReasonDefinition
// handles), read from the shopper's own words in any of the four languages. The phrases are data
// (data/return-reasons.json), checked when this module loads: a broken file fails at start-up, not mid-conversation.
import { z } from "zod";
import type { Language } from "../understanding/types";
import { LANGUAGES } from "../understanding/types";
import raw from "./data/return-reasons.json";

/** Shopify's standard return reason handles (the `handle` of a ReturnReasonDefinition). */
export const RETURN_REASON_HANDLES = [
  "size-too-small",
  "size-too-large",
  "color",
  "style",
  "not-as-described",
  "unwanted",
  "defective",
  "wrong-item",
  "other",
] as const;
export type ReturnReasonHandle = (typeof RETURN_REASON_HANDLES)[number];

/** Reasons a person should look at before anything is requested: photos, a replacement, a refund without a return. */
export const REASONS_FOR_A_PERSON: ReadonlySet<ReturnReasonHandle> = new Set(["defective", "wrong-item"]);

const perLanguage = <T extends z.ZodTypeAny>(schema: T) => z.object({ en: schema, fr: schema, de: schema, es: schema }).strict();
const entrySchema = z.object({ label: perLanguage(z.string().min(1)), phrases: perLanguage(z.array(z.string().min(2)).min(1)) }).strict();

/** Lower case, no accents, apostrophes and punctuation as spaces: "Don't" and "dont" differ, "fällt" = "fallt". */
export function foldForReasons(text: string): string {
  return ` ${text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

interface Catalogue {
  labels: Record<ReturnReasonHandle, Record<Language, string>>;
  phrases: Record<Language, Array<{ handle: ReturnReasonHandle; folded: string }>>;
}

/** Validates the data file: every reason, every language, and no phrase that means two reasons in one language. */
export function loadReturnReasons(data: unknown): Catalogue {
  const { _comment, ...entries } = z.record(z.string(), z.unknown()).parse(data);
  void _comment;
  const unknown = Object.keys(entries).filter((k) => !(RETURN_REASON_HANDLES as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`return-reasons.json: not a Shopify return reason handle: ${unknown.join(", ")}`);
  const labels = {} as Catalogue["labels"];
  const phrases = { en: [], fr: [], de: [], es: [] } as Catalogue["phrases"];
  for (const handle of RETURN_REASON_HANDLES) {
    if (!(handle in entries)) throw new Error(`return-reasons.json: missing reason ${handle}`);
    const entry = entrySchema.parse(entries[handle]);
    labels[handle] = entry.label;
    for (const language of LANGUAGES) {
      for (const phrase of entry.phrases[language]) {
        const folded = foldForReasons(phrase);
        const clash = phrases[language].find((p) => p.folded === folded);
        if (clash) throw new Error(`return-reasons.json: "${phrase}" (${language}) is listed under ${clash.handle} and ${handle}`);
        phrases[language].push({ handle, folded });
      }
    }
  }
  return { labels, phrases };
}

const CATALOGUE = loadReturnReasons(raw);

export interface FoundReason {
  handle: ReturnReasonHandle;
  /** Where the matched phrase starts in the folded text (to tell which clause it belongs to). */
  at: number;
}

/**
 * The reason `text` gives, or null. English phrases always count too (shoppers mix it in). A specific reason beats
 * "other" ("it doesn't fit, it's too small" is too small); among specific ones the longest phrase wins ("wrong
 * colour" is the colour, not a wrong item).
 */
export function findReturnReason(text: string, language: Language): FoundReason | null {
  const folded = foldForReasons(text);
  const candidates = language === "en" ? CATALOGUE.phrases.en : [...CATALOGUE.phrases[language], ...CATALOGUE.phrases.en];
  let best: (FoundReason & { length: number }) | null = null;
  for (const p of candidates) {
    const at = folded.indexOf(p.folded);
    if (at < 0) continue;
    const better =
      !best ||
      (best.handle === "other" && p.handle !== "other") ||
      ((p.handle === "other") === (best.handle === "other") && (p.folded.length > best.length || (p.folded.length === best.length && at < best.at)));
    if (better) best = { handle: p.handle, at, length: p.folded.length };
  }
  return best ? { handle: best.handle, at: best.at } : null;
}

/** How the bot names a reason to the shopper. */
export function returnReasonLabel(handle: ReturnReasonHandle, language: Language): string {
  return CATALOGUE.labels[handle][language];
}

/** The reasons the bot offers when it asks, in the shopper's language (the ones a person must see come last). */
export function offeredReasonLabels(language: Language): string[] {
  const order: ReturnReasonHandle[] = ["size-too-small", "size-too-large", "color", "style", "not-as-described", "unwanted", "defective", "wrong-item", "other"];
  return order.map((h) => returnReasonLabel(h, language));
}

/**
 * The text without its reason phrases, for reading which items it picks: "la couleur ne me va pas" or "don't like
 * it" carry negations that would otherwise read as "not this item". Folded (lower case, no accents or punctuation).
 */
export function withoutReasonPhrases(text: string, language: Language): string {
  const candidates = language === "en" ? CATALOGUE.phrases.en : [...CATALOGUE.phrases[language], ...CATALOGUE.phrases.en];
  let folded = foldForReasons(text);
  // Longest first, so "wrong colour" goes as a whole before "colour".
  for (const p of [...candidates].sort((a, b) => b.folded.length - a.folded.length)) {
    while (folded.includes(p.folded)) folded = folded.replace(p.folded, " ");
  }
  return folded.trim();
}
