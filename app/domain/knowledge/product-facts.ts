// Product facts: the best passage quoted verbatim with the product (or page) it came from and a link, or a handoff
// carrying the passages found when the question needs judgment or the shop's data doesn't answer it.
import type { Answer } from "../answers/types";
import type { Language, ProductMention } from "../understanding/types";
import { asksForJudgment } from "./lexicon";
import { k } from "./messages";
import type { Passage } from "./passages";
import { MIN_CONFIDENCE, searchPassages, stem, tokens, type ContentIndex, type Hit } from "./search";

export interface FactQuestion {
  text: string;
  language: Language;
  products: ProductMention[];
}

/** What the person taking over sees: the passages the bot found, with where they came from. */
export interface FoundPassage {
  text: string;
  source: Passage["source"];
  title: string;
  url: string | null;
  confidence: number;
}

function found(hits: Hit[]): FoundPassage[] {
  return hits.slice(0, 3).map((h) => ({
    text: h.passage.text,
    source: h.passage.source,
    title: h.passage.ownerTitle,
    url: h.passage.url,
    confidence: Math.round(h.confidence * 100) / 100,
  }));
}

/** The passage, plus its next sentence when that one also speaks to the question (at most two sentences). */
export function quoteOf(hit: Hit, question: string): string {
  // A bare prohibition ("Do not put the shoes in the washing machine.") reads best after the instruction before it.
  if (hit.passage.prev && /^(do not|don't|never)\b/i.test(hit.passage.text)) return `${hit.passage.prev} ${hit.passage.text}`;
  const next = hit.passage.next;
  if (!next) return hit.passage.text;
  const asked = tokens(question).filter((w) => w.length > 3).map((w) => stem(w).slice(0, 4));
  const sharesWord = tokens(next).some((w) => w.length > 3 && asked.includes(stem(w).slice(0, 4)));
  // A sentence opening with a pronoun or a negation finishes the thought of the one before it.
  const continues = /^(it|its|this|that|they|these|do not|don't|never)\b/i.test(next);
  return continues || sharesWord ? `${hit.passage.text} ${next}` : hit.passage.text;
}

export function productFactAnswer(index: ContentIndex, q: FactQuestion): Answer {
  const hits = searchPassages(index, {
    text: q.text,
    language: q.language,
    productIds: q.products.map((p) => p.productId),
    productTitleWords: q.products.flatMap((p) => tokens(`${p.title} ${p.matchedText}`)),
  });
  const judgment = asksForJudgment(q.text, q.language);
  const product = q.products[0] ?? null;
  const base = { kind: "product_fact", productId: product?.productId ?? null, passagesFound: found(hits) };
  if (judgment) {
    return { text: k(q.language, "judgment_handoff"), facts: { ...base, judgmentCue: judgment }, handoff: { reason: "needs_judgment" } };
  }
  const best = hits[0];
  if (!best || best.confidence < MIN_CONFIDENCE) {
    return { text: k(q.language, "not_found_handoff"), facts: { ...base, confidence: best?.confidence ?? 0 }, handoff: { reason: "not_in_shop_data" } };
  }
  const quote = quoteOf(best, q.text);
  const p = best.passage;
  const lines = [
    p.source === "page" ? k(q.language, "quote_page", { page: p.ownerTitle, quote }) : k(q.language, "quote_product", { product: p.ownerTitle, quote }),
  ];
  if (p.url) lines.push(k(q.language, "source", { url: p.url }));
  return {
    text: lines.join("\n"),
    facts: { ...base, quote, quotes: [quote], passageId: p.id, source: { type: p.source, title: p.ownerTitle, url: p.url, language: p.language ?? null }, confidence: best.confidence, matched: best.matched },
  };
}
