// Shop content -> passages: the unit the index searches and the bot quotes. A passage's `text` is always either a
// verbatim sentence of the merchant's sanitised content or a fixed "Name: value" line built from an option or a
// metafield, so a quote can be checked against it.
import type { Language } from "../understanding/types";
import { htmlToBlocks, isHeading, splitSentences } from "./sanitise";

export type PassageSource = "description" | "option" | "metafield" | "page";

export interface Passage {
  id: string;
  source: PassageSource;
  /** Product id for product passages, page id for pages. */
  ownerId: string;
  /** Product or page title, as the merchant wrote it. */
  ownerTitle: string;
  /** Storefront link to the product or page (null when the product is not on the online store). */
  url: string | null;
  /** Heading or question the sentence sits under (searched, not quoted). */
  context: string;
  /** What may be quoted. */
  text: string;
  /** The next sentence in the same block, quoted with `text` when it also matches. */
  next?: string;
  /** The sentence before, quoted first when `text` only finishes its thought ("Do not tumble dry."). */
  prev?: string;
  /** Set on passages from the merchant's published translations; absent means the shop's primary language. */
  language?: Language;
}

/** Languages other than the shop's primary one that product translations are read in. */
export type TranslatedLanguage = Exclude<Language, "en">;

/** A product's published translations (title and/or description), per language. */
export type TranslatedContent = Partial<Record<TranslatedLanguage, { title?: string; descriptionHtml?: string }>>;

export interface ProductContent {
  id: string;
  title: string;
  handle: string;
  productType?: string | null;
  url: string | null;
  descriptionHtml: string;
  options: Array<{ name: string; values: string[] }>;
  metafields: Array<{ key: string; type: string; value: string }>;
  translations?: TranslatedContent;
}

export interface PageContent {
  id: string;
  title: string;
  url: string;
  bodyHtml: string;
}

/** Per shop: beyond this the least useful content (later products, later pages) is left out. */
export const MAX_PASSAGES_PER_SHOP = 4_000;
export const MAX_BYTES_PER_SHOP = 1_500_000;
const MAX_PASSAGES_PER_OWNER = 60;

// Metafield types whose value is prose or a number shoppers ask about; references, JSON and files are skipped.
const QUOTABLE_METAFIELD = /^(single_line_text_field|multi_line_text_field|number_integer|number_decimal|boolean|dimension|weight|volume)$/;

const label = (key: string) => key.replace(/[_-]+/g, " ").replace(/^\w/, (c) => c.toUpperCase());

function blockPassages(
  html: string,
  base: Omit<Passage, "id" | "source" | "context" | "text" | "next" | "prev">,
  source: PassageSource,
  idPrefix = base.ownerId,
): Passage[] {
  const out: Passage[] = [];
  let heading = "";
  for (const block of htmlToBlocks(html)) {
    if (isHeading(block)) {
      heading = block;
      continue;
    }
    const sentences = splitSentences(block);
    sentences.forEach((text, i) => {
      out.push({ ...base, id: `${idPrefix}#${out.length}`, source, context: heading, text, next: sentences[i + 1], prev: sentences[i - 1] });
    });
  }
  return out.slice(0, MAX_PASSAGES_PER_OWNER);
}

export function productPassages(p: ProductContent): Passage[] {
  const base = { ownerId: p.id, ownerTitle: p.title, url: p.url };
  const out = blockPassages(p.descriptionHtml, base, "description");
  for (const o of p.options) {
    // Shopify's placeholder option for single-variant products says nothing.
    if (o.name === "Title" && o.values.length === 1 && o.values[0] === "Default Title") continue;
    out.push({ ...base, id: `${p.id}#opt-${o.name}`, source: "option", context: o.name, text: `${o.name}: ${o.values.join(", ")}` });
  }
  for (const m of p.metafields) {
    if (!QUOTABLE_METAFIELD.test(m.type)) continue;
    const value = m.value.replace(/\s+/g, " ").trim();
    if (!value || value.length > 300) continue;
    out.push({ ...base, id: `${p.id}#mf-${m.key}`, source: "metafield", context: label(m.key), text: `${label(m.key)}: ${value}` });
  }
  return out;
}

/**
 * Passages from a product's translated description, tagged with their language; the translated title names the
 * product when the merchant published one. Options and metafields stay in the primary language (their passages there
 * answer as a fallback).
 */
export function translatedProductPassages(p: ProductContent): Passage[] {
  const out: Passage[] = [];
  for (const [language, t] of Object.entries(p.translations ?? {}) as Array<[TranslatedLanguage, { title?: string; descriptionHtml?: string }]>) {
    if (!t.descriptionHtml) continue;
    const base = { ownerId: p.id, ownerTitle: t.title ?? p.title, url: p.url, language };
    out.push(...blockPassages(t.descriptionHtml, base, "description", `${p.id}@${language}`));
  }
  return out;
}

export function pagePassages(p: PageContent): Passage[] {
  return blockPassages(p.bodyHtml, { ownerId: p.id, ownerTitle: p.title, url: p.url }, "page");
}

/**
 * All passages for a shop, bounded by count and bytes; products first (most questions are about them), then pages,
 * then translated descriptions: a translation never pushes the primary-language content (every shopper's fallback)
 * out of the caps.
 */
export function buildPassages(products: ProductContent[], pages: PageContent[]): { passages: Passage[]; truncated: boolean } {
  const passages: Passage[] = [];
  let bytes = 0;
  let truncated = false;
  const all = [...products.map(productPassages), ...pages.map(pagePassages), ...products.map(translatedProductPassages)];
  outer: for (const group of all) {
    for (const passage of group) {
      const size = passage.text.length + (passage.next?.length ?? 0) + (passage.prev?.length ?? 0) + passage.context.length + 200;
      if (passages.length >= MAX_PASSAGES_PER_SHOP || bytes + size > MAX_BYTES_PER_SHOP) {
        truncated = true;
        break outer;
      }
      passages.push(passage);
      bytes += size;
    }
  }
  return { passages, truncated };
}
