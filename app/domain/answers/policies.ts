// Shipping and return policy answers: a short excerpt of the merchant's own text, plus the link to all of it.
import type { ShopPolicy } from "../shop-data/shop.server";
import { guessTextLanguage } from "../understanding/language.server";
import type { Language } from "../understanding/types";
import { t } from "./messages";
import type { Answer, ComposeOptions } from "./types";

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

/**
 * The policy's text in `language`: the shop's published translation, or its own text when that is written in
 * `language`; null when neither (the answer then says which language the policy is written in before quoting it).
 */
export function policyTextIn(policy: ShopPolicy, language: Language): string | null {
  const translated = policy.translations?.[language];
  if (translated) return translated;
  const written = guessTextLanguage(policy.text);
  // No guess (a very short or unusual text): quote it as before rather than hide the merchant's words.
  return written === null || written === language ? policy.text : null;
}

function policyAnswer(
  kind: "shipping_policy" | "return_policy",
  policy: ShopPolicy | null,
  o: ComposeOptions,
  extraLines: string[] = [],
  extraFacts: Record<string, unknown> = {},
): Answer {
  if (!policy) {
    // A return window setting alone is still something true to say; without it, a person answers.
    if (extraLines.length > 0) return { text: extraLines.join("\n"), facts: { kind, policy: null, ...extraFacts } };
    return { text: t(o.language, "policy_missing"), facts: { kind, policy: null }, handoff: { reason: "policy_missing" } };
  }
  const text = policyTextIn(policy, o.language);
  if (text === null) {
    // No translation: say plainly which language the merchant's words are in, quote them (prices and days are what
    // the shopper asked for, and a paraphrase could change what the merchant promised) and link to the policy.
    const written = guessTextLanguage(policy.text);
    const language = written ? t(o.language, `language_name_${written}`) : "?";
    const summary = summarisePolicy(policy.text);
    const lines = [t(o.language, "policy_other_language", { language, summary }), ...extraLines, t(o.language, "policy_link", { url: policy.url })];
    return { text: lines.join("\n"), facts: { kind, policyType: policy.type, policyUrl: policy.url, summary, policyLanguage: written, ...extraFacts } };
  }
  const summary = summarisePolicy(text);
  const lines = [t(o.language, kind, { summary }), ...extraLines, t(o.language, "policy_link", { url: policy.url })];
  return { text: lines.join("\n"), facts: { kind, policyType: policy.type, policyUrl: policy.url, summary, ...extraFacts } };
}

export function shippingPolicyAnswer(policy: ShopPolicy | null, o: ComposeOptions): Answer {
  return policyAnswer("shipping_policy", policy, o);
}

export function returnPolicyAnswer(policy: ShopPolicy | null, returnWindowDays: number | null, o: ComposeOptions): Answer {
  const extra = returnWindowDays && returnWindowDays > 0 ? [t(o.language, "return_window_setting", { days: returnWindowDays })] : [];
  return policyAnswer("return_policy", policy, o, extra, { returnWindowDays });
}
