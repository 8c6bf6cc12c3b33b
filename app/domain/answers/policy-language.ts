// Which of the bot's languages a merchant's policy text is written in, from its function words. Shopify keeps the
// policy in the shop's language and reading the shop's locales needs another access scope; a few sentences of the
// text itself say it reliably. Unsure (too short, mixed) gives null, and the bot then never quotes it as the
// shopper's language.
import { z } from "zod";
import type { Language } from "../understanding/types";
import { LANGUAGES } from "../understanding/types";
import markersData from "./data/policy-language-markers.json";

const MARKERS: Record<Language, Set<string>> = (() => {
  const list = z.array(z.string().regex(/^[a-zäöüéèêàçñ]+$/)).min(8);
  const parsed = z.object({ _comment: z.string(), en: list, fr: list, de: list, es: list }).strict().parse(markersData);
  return { en: new Set(parsed.en), fr: new Set(parsed.fr), de: new Set(parsed.de), es: new Set(parsed.es) };
})();

const MIN_HITS = 4;

export function policyLanguage(text: string): Language | null {
  const words = text.toLowerCase().split(/[^a-zäöüßéèêàâçñíóúû]+/).filter(Boolean);
  const scores = LANGUAGES.map((l) => ({ l, n: words.filter((w) => MARKERS[l].has(w)).length })).sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  // Clearly ahead: twice the runner-up's hits (French and Spanish share words like "la" and "de", so neither is listed).
  return best.n >= MIN_HITS && best.n >= 2 * second.n ? best.l : null;
}
