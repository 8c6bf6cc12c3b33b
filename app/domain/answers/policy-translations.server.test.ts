// Policy answers in the shopper's language: the shop's own text, the merchant's translation (ShopPolicy.translations
// from the simulated shop, executed against the real Admin schema), or a plain "only in the shop's language" + link.
import { beforeEach, describe, expect, it } from "vitest";
import { getSimulatedShop } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { getShopPolicies, getShopPolicyTranslation } from "../shop-data/shop.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import type { Language } from "../understanding/types";
import { answerFor } from "./answer-for.server";
import { policyLanguage } from "./policy-language";

let admin: AdminGraphql;
beforeEach(async () => {
  shopDataCache.clear();
  admin = await createSimulatedAdmin(TEST_SHOP);
});

const ask = (intent: "return_policy" | "shipping_info", language: Language) =>
  answerFor({ intent, text: "policy?" }, { admin, shop: TEST_SHOP, language, settings: { ...DEFAULT_SETTINGS }, offerPerson: false });

describe("policies in the shopper's language", () => {
  it("quotes the merchant's French translation to a French shopper", async () => {
    const out = await ask("return_policy", "fr");
    expect(out.answer.facts.shown).toBe("translation");
    expect(out.answer.text).toContain("Nous acceptons les retours d'articles non portés");
    expect(out.answer.text).not.toContain("We accept returns");
    expect(out.answer.text).toContain("/policies/refund-policy");
  });

  it("never quotes an outdated translation, nor translates by itself: says the policy is in English, quotes the English and links to it", async () => {
    const es = await ask("return_policy", "es");
    expect(es.answer.facts).toMatchObject({ shown: "shop_language", policyLanguage: "en" });
    expect(es.answer.text).toContain("inglés");
    // The outdated Spanish translation's terms never appear; the merchant's current English words do.
    expect(es.answer.text).not.toMatch(/14 días/);
    expect(es.answer.text).toContain("We accept returns");
    expect(es.answer.text).toContain("/policies/refund-policy");

    const de = await ask("shipping_info", "de");
    expect(de.answer.facts).toMatchObject({ kind: "shipping_policy", shown: "shop_language" });
    expect(de.answer.text).toContain("Englisch");
    expect(de.answer.text).toContain("/policies/shipping-policy");
    expect(de.answer.text).toContain("Orders ship from Portland");
  });

  it("quotes the original to a shopper who writes the shop's language, without asking for translations", async () => {
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    const out = await ask("return_policy", "en");
    expect(out.answer.facts.shown).toBe("original");
    expect(out.answer.text).toContain("We accept returns");
    expect(getSimulatedShop(TEST_SHOP).requests.slice(before).some((r) => /ShopPolicyTranslations/.test(r.query))).toBe(false);
  });

  it("reads translations for the requested locale only, from the real schema's ShopPolicy.translations", async () => {
    const { refund, shipping } = await getShopPolicies(admin);
    expect((await getShopPolicyTranslation(admin, refund!, "fr"))?.title).toBe("Politique de remboursement");
    expect(await getShopPolicyTranslation(admin, refund!, "de")).toBeNull();
    expect(await getShopPolicyTranslation(admin, refund!, "es")).toBeNull(); // outdated
    expect(await getShopPolicyTranslation(admin, shipping!, "fr")).toBeNull();
  });

  it("tells a policy's language from its text, and says so when unsure", () => {
    expect(policyLanguage("We accept returns of unworn items within 30 days of delivery. Refunds go to your card.")).toBe("en");
    expect(policyLanguage("Nous acceptons les retours dans les 30 jours. Le remboursement est versé sur votre carte.")).toBe("fr");
    expect(policyLanguage("Wir nehmen Rücksendungen innerhalb von 30 Tagen an. Die Erstattung erfolgt auf die Karte.")).toBe("de");
    expect(policyLanguage("Aceptamos devoluciones dentro de 30 días. El reembolso se hace en su tarjeta y con los gastos.")).toBe("es");
    expect(policyLanguage("30 days.")).toBeNull();
  });
});
