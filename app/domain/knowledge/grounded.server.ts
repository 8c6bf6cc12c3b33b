// The knowledge module's entry point for the answer layer: product facts, discounts, shipping to a named country
// and account help, each answered only from the shop's data (or handed off with what was found).
import type { Answer, ComposeOptions } from "../answers/types";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { getShopPolicies } from "../shop-data/shop.server";
import type { LookupOptions } from "../shop-data/types";
import type { Intent, Language, ProductMention } from "../understanding/types";
import { accountHelpAnswer, getAccountLinks } from "./accounts.server";
import { discountsAnswer, getAutomaticDiscounts, getPublicCodes } from "./discounts.server";
import { handoffAnswer } from "../answers/common";
import { accountTopicOf, aspectsIn, countryIn, type AccountTopic, onlyPageAspects, reportsDiscountProblem, reportsWrongItem } from "./lexicon";
import { k } from "./messages";
import { productFactAnswer } from "./product-facts";
import { getShippingZones, shippingToCountryAnswer } from "./shipping.server";
import type { ShopContentStore } from "./store.server";

/** Intents this module answers (shipping_info only when the shopper names a country and no order). */
export const GROUNDED_INTENTS = ["product_question", "discount_question", "account", "shipping_info"] as const satisfies readonly Intent[];

export interface GroundedRequest {
  intent: Intent;
  text: string;
  language: Language;
  products: ProductMention[];
}

export interface GroundedContext {
  admin: AdminGraphql;
  shop: string;
  store: ShopContentStore;
  publicDiscountCodes: string[];
  compose: ComposeOptions;
  lookup: LookupOptions;
}

/** The grounded answer, or null when this module has nothing to add (the caller answers as before). */
export async function groundedAnswer(req: GroundedRequest, ctx: GroundedContext): Promise<Answer | null> {
  const o = ctx.compose;
  switch (req.intent) {
    case "product_question": {
      if (reportsWrongItem(req.text, req.language)) return handoffAnswer(req.language, "person_must_act", { kind: "wrong_item_reported" });
      // A first build (no stored content yet) reads the catalogue on its own budget, not this message's 400 points.
      const index = await ctx.store.indexFor(ctx.shop, ctx.admin);
      return productFactAnswer(index, { text: req.text, language: req.language, products: req.products });
    }
    case "discount_question": {
      // "Do gift cards expire?" is read as a discount question; the shop's gift-card page answers it.
      const fromPages = await shopContentFallback(req, ctx, "pages_only");
      if (fromPages) return fromPages;
      if (reportsDiscountProblem(req.text, req.language)) {
        return { text: k(req.language, "discount_problem"), facts: { kind: "discount_problem" }, handoff: { reason: "person_must_act" } };
      }
      const automatic = await getAutomaticDiscounts(ctx.admin, ctx.lookup);
      const codes = ctx.publicDiscountCodes.length ? await getPublicCodes(ctx.admin, ctx.publicDiscountCodes, ctx.lookup) : [];
      return discountsAnswer(automatic, codes, o);
    }
    case "shipping_info": {
      const country = countryIn(req.text, req.language);
      // "Can I pick up in store?", "do you gift wrap?": the shop's pages say, not the shipping policy.
      if (!country) return shopContentFallback(req, ctx, "pages_only");
      const [zones, policies] = await Promise.all([getShippingZones(ctx.admin, { ...ctx.lookup, shop: ctx.shop }), getShopPolicies(ctx.admin, ctx.lookup)]);
      return shippingToCountryAnswer(country.code, zones, policies.shipping?.url ?? null, o);
    }
    case "account": {
      // Account questions this module can't place (e.g. "something's wrong with my account") go to a person as before.
      const topic = accountTopicOf(req.text, req.language);
      if (!topic) return null;
      const links = topic === "data_change" ? null : await getAccountLinks(ctx.admin, { ...ctx.lookup, shop: ctx.shop });
      return accountHelpAnswer(topic, links, o);
    }
    default:
      return null;
  }
}

/** Account topics a message read as small talk may still be answered for: unsubscribing, or a data change (a person). */
const FALLBACK_ACCOUNT_TOPICS: readonly AccountTopic[] = ["unsubscribe", "data_change"];

/**
 * A question the shop's own content answers, whatever routine intent the classifier chose for it: unsubscribing read
 * as small talk or shipping, "do you gift wrap?" read as shipping, "what's included with the poles?" read as "other".
 * It answers only with a confident quote that matches what the question asks about, or an account answer; otherwise
 * null, and the caller answers as it did before. Stricter than a product question: a question about a product's own
 * properties counts only when it names the product ("how long do I boil an egg" is not about the mug keeping hot), and
 * a judgment or not-found result never turns small talk into a handoff. `pages_only`: only the topics the shop's pages
 * cover (pickup, gift wrapping, gift-card expiry...) and unsubscribing, for intents that have answers of their own.
 */
export async function shopContentFallback(req: GroundedRequest, ctx: GroundedContext, scope: "any_topic" | "pages_only"): Promise<Answer | null> {
  const topic = accountTopicOf(req.text, req.language);
  if (topic && (scope === "any_topic" ? FALLBACK_ACCOUNT_TOPICS.includes(topic) : topic === "unsubscribe")) {
    const links = topic === "data_change" ? null : await getAccountLinks(ctx.admin, { ...ctx.lookup, shop: ctx.shop });
    return accountHelpAnswer(topic, links, ctx.compose);
  }
  // One pass over the lexicon: every message that reaches the fallback runs this.
  const asked = aspectsIn(req.text, req.language);
  const aspects = scope === "any_topic" && req.products.length > 0 ? asked : onlyPageAspects(asked);
  if (aspects.length === 0) return null;
  const index = await ctx.store.indexFor(ctx.shop, ctx.admin);
  const answer = productFactAnswer(index, { text: req.text, language: req.language, products: req.products });
  if (answer.handoff) return null;
  const matched = Array.isArray(answer.facts.matched) ? (answer.facts.matched as string[]) : [];
  return matched.some((m) => aspects.includes(m)) ? answer : null;
}
