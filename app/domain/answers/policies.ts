// Shipping and return policy answers: a short excerpt of the merchant's own text, plus the link to all of it.
import type { ShopPolicy } from "../shop-data/shop.server";
import type { Language } from "../understanding/types";
import { t } from "./messages";
import type { Answer, ComposeOptions } from "./types";

/**
 * A policy as the shopper will see it: in their language (the shop's own text, or the merchant's translation of it),
 * or only in the shop's language, which the bot then names and links to rather than quote or translate itself.
 */
export type ShownPolicy =
  | { policy: ShopPolicy; shown: "original" | "translation" }
  | { policy: ShopPolicy; shown: "shop_language"; originalLanguage: Language | null };

/** The language's name in the shopper's language ("anglais" for a French shopper). */
function languageName(language: Language, inLanguage: Language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

const MAX_SUMMARY_CHARS = 320;

/**
 * The policy's opening sentences, cut at a sentence boundary. Quoting beats paraphrasing: a paraphrase could change
 * what the merchant promised.
 */
export function summarisePolicy(text: string, maxChars = MAX_SUMMARY_CHARS): string {
  const sentences = text.replace(/\s*\n\s*/g, " ").split(/(?<=[.!?])\s+(?=\S)/u);
  let out = "";
  for (const s of sentences) {
    if (out && out.length + 1 + s.length > maxChars) break;
    out = out ? `${out} ${s}` : s;
    if (out.length >= maxChars) break;
  }
  return out.length > maxChars ? `${out.slice(0, maxChars - 1).trimEnd()}…` : out;
}

function policyAnswer(
  kind: "shipping_policy" | "return_policy",
  shownPolicy: ShownPolicy | ShopPolicy | null,
  o: ComposeOptions,
  extraLines: string[] = [],
  extraFacts: Record<string, unknown> = {},
): Answer {
  const shown: ShownPolicy | null = !shownPolicy ? null : "shown" in shownPolicy ? shownPolicy : { policy: shownPolicy, shown: "original" };
  const policy = shown?.policy ?? null;
  if (!policy || !shown) {
    // A return window setting alone is still something true to say; without it, a person answers.
    if (extraLines.length > 0) return { text: extraLines.join("\n"), facts: { kind, policy: null, ...extraFacts } };
    return { text: t(o.language, "policy_missing"), facts: { kind, policy: null }, handoff: { reason: "policy_missing" } };
  }
  if (shown.shown === "shop_language") {
    // Never a translation of our own: it could change what the merchant promised. Say which language the policy is
    // in, then quote the merchant's own words (days and fees read the same in any language) and link to it.
    const name = t(o.language, kind === "return_policy" ? "policy_name_return" : "policy_name_shipping");
    const summary = summarisePolicy(policy.text);
    const line = shown.originalLanguage
      ? t(o.language, "policy_not_translated", { policy: name, language: languageName(shown.originalLanguage, o.language), summary })
      : t(o.language, "policy_not_translated_unknown", { policy: name, summary });
    return {
      text: [line, ...extraLines, t(o.language, "policy_link", { url: policy.url })].join("\n"),
      facts: { kind, policyType: policy.type, policyUrl: policy.url, summary, shown: "shop_language", policyLanguage: shown.originalLanguage, ...extraFacts },
    };
  }
  const summary = summarisePolicy(policy.text);
  const lines = [t(o.language, kind, { summary }), ...extraLines, t(o.language, "policy_link", { url: policy.url })];
  return { text: lines.join("\n"), facts: { kind, policyType: policy.type, policyUrl: policy.url, summary, shown: shown.shown, ...extraFacts } };
}

export function shippingPolicyAnswer(policy: ShownPolicy | ShopPolicy | null, o: ComposeOptions): Answer {
  return policyAnswer("shipping_policy", policy, o);
}

export function returnPolicyAnswer(policy: ShownPolicy | ShopPolicy | null, returnWindowDays: number | null, o: ComposeOptions): Answer {
  const extra = returnWindowDays && returnWindowDays > 0 ? [t(o.language, "return_window_setting", { days: returnWindowDays })] : [];
  return policyAnswer("return_policy", policy, o, extra, { returnWindowDays });
}
