// Grounded answers against the simulated shop (real Admin schema, real client over fetch) and a real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { simulateOutage } from "~/simulated-shop/failures.server";
import { SEED_DISCOUNTS, SEED_PRODUCT_DESCRIPTIONS, SEED_PAGES } from "~/simulated-shop/seed-content.server";
import { SEED_DESCRIPTION_TRANSLATIONS, SEED_PRODUCTS, SEED_SHOP } from "~/simulated-shop/seed.server";
import { getSimulatedShop, getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { createTestDatabase, type TestDatabase } from "~/testing/test-database.server";
import { answerFor, type AnswerContext } from "../answers/answer-for.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import type { Intent, Language, ProductMention } from "../understanding/types";
import { KNOWLEDGE_MESSAGES } from "./messages";
import { htmlToBlocks } from "./sanitise";
import { ShopContentStore } from "./store.server";

let t: TestDatabase;
let admin: AdminGraphql;
let store: ShopContentStore;

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  admin = await createSimulatedAdmin(TEST_SHOP);
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.prisma.shopContentIndex.deleteMany();
  store = new ShopContentStore(t.prisma);
});

const mention = (key: keyof typeof SEED_PRODUCTS): ProductMention => ({
  productId: SEED_PRODUCTS[key].id,
  handle: SEED_PRODUCTS[key].handle,
  title: SEED_PRODUCTS[key].title,
  matchedText: SEED_PRODUCTS[key].title.toLowerCase(),
});

function ctx(overrides: Partial<AnswerContext> = {}): AnswerContext {
  return { admin, shop: TEST_SHOP, language: "en", settings: { ...DEFAULT_SETTINGS }, knowledge: store, timeZone: SEED_SHOP.ianaTimezone, ...overrides };
}

async function ask(intent: Intent, text: string, products: ProductMention[] = [], overrides: Partial<AnswerContext> = {}) {
  return answerFor({ intent, text, entities: { orderNumbers: [], emails: [], products } }, ctx(overrides));
}

/** Everything a grounded answer may say besides the shop's own text: the templates' fixed words. */
function templateWords(language: Language): Set<string> {
  const words = new Set<string>();
  for (const template of Object.values(KNOWLEDGE_MESSAGES[language])) {
    for (const w of template.replace(/\{\w+\}/g, " ").toLowerCase().match(/[\p{L}']+/gu) ?? []) words.add(w);
  }
  return words;
}

/** Sanitised text of every product description and page in the seed: what a quote must come from. */
const SHOP_TEXT = [...Object.values(SEED_PRODUCT_DESCRIPTIONS), ...SEED_PAGES.map((p) => p.body)].map((html) => htmlToBlocks(html).join("\n")).join("\n");

const FACT_QUESTIONS: Array<[Language, string, keyof typeof SEED_PRODUCTS | null, string]> = [
  ["en", "What is the trail runner made of?", "trailRunner", "recycled polyester mesh"],
  ["en", "Does the weekender fit under a plane seat?", "weekender", "does not fit under the seat"],
  ["en", "can I put the beanie in the washing machine", "beanie", "machine wash cold"],
  ["en", "Is the rain shell helmet compatible?", "rainShell", "helmet-compatible hood"],
  ["en", "what comes included with the trekking poles?", "trekkingPoles", "rubber tips"],
  ["en", "do you offer a warranty?", null, "1 year from delivery"],
  ["en", "can I pick up my order in store?", null, "local pickup"],
  ["es", "¿La Insulated Camp Mug se puede meter en el lavavajillas?", "campMug", "dishwasher safe"],
  ["fr", "Le Canvas Weekender Bag est-il imperméable ?", "weekender", "water resistant, not waterproof"],
  ["de", "Wie viel wiegt die Alpine Down Jacket?", "downJacket", "weighs 380 g"],
  // Several words the English content can't know ("hasta", "vale", "tarjeta", "regalo") must not drown the one ask.
  ["es", "¿hasta cuándo vale una tarjeta regalo, caduca?", null, "never expire"],
];

describe("product facts", () => {
  it.each(FACT_QUESTIONS)("(%s) %s → quotes the shop's sentence, names the source and links it", async (language, text, key, expected) => {
    const out = await ask("product_question", text, key ? [mention(key)] : [], { language });
    expect(out.kind).toBe("answer");
    const quote = String(out.answer.facts.quote);
    expect(quote).toContain(expected);
    expect(out.answer.text).toContain(`"${quote}"`);
    const source = out.answer.facts.source as { title: string; url: string };
    expect(out.answer.text).toContain(source.title);
    expect(out.answer.text).toContain(source.url);
    if (key) expect(source.url).toBe(`https://${SEED_SHOP.primaryDomainHost}/products/${SEED_PRODUCTS[key].handle}`);
  });

  it("never says a sentence that is not in the shop's data apart from the fixed connecting words", async () => {
    for (const [language, text, key] of FACT_QUESTIONS) {
      const out = await ask("product_question", text, key ? [mention(key)] : [], { language });
      if (out.kind !== "answer") continue;
      const quote = String(out.answer.facts.quote);
      // Each quoted sentence is a verbatim substring of the shop's sanitised content...
      for (const sentence of quote.split(/(?<=[.!?])\s+/)) expect(SHOP_TEXT, sentence).toContain(sentence);
      // ...and what's left once the quote, the source's title, the link and the person hint are removed is only
      // template words.
      const source = out.answer.facts.source as { title: string; url: string };
      const rest = out.answer.text
        .replace(quote, " ")
        .replace(source.url, " ")
        .replace(source.title, " ")
        .split("\n\n")[0]
        .toLowerCase();
      const allowed = templateWords(language);
      for (const w of rest.match(/[\p{L}']+/gu) ?? []) expect(allowed.has(w), `"${w}" in: ${out.answer.text}`).toBe(true);
    }
  });

  it("hands off a judgment question with the passages found attached for the person", async () => {
    const out = await ask("product_question", "is the down jacket warm enough for -20?", [mention("downJacket")]);
    expect(out).toMatchObject({ kind: "handoff", reason: "needs_judgment" });
    const found = out.answer.facts.passagesFound as Array<{ text: string; title: string }>;
    expect(found.map((p) => p.text)).toContain("It is rated for active use down to -15 °C; for standing around in colder weather, layer it under a shell.");
    expect(found[0].title).toBe("Alpine Down Jacket");
  });

  it("hands off a comparison in another language", async () => {
    const out = await ask("product_question", "¿Cuál es mejor para la lluvia, la Ridge Rain Shell o la Alpine Down Jacket?", [mention("rainShell"), mention("downJacket")], { language: "es" });
    expect(out).toMatchObject({ kind: "handoff", reason: "needs_judgment" });
  });

  it("a wrong item reported as a product question goes to a person", async () => {
    const out = await ask("product_question", "die Alpine Down Jacket kam in der falschen Farbe", [mention("downJacket")], { language: "de" });
    expect(out).toMatchObject({ kind: "handoff", reason: "person_must_act" });
  });

  it("hands off when the shop's data doesn't say (no invented answer)", async () => {
    const out = await ask("product_question", "is the trail runner vegan?", [mention("trailRunner")]);
    expect(out).toMatchObject({ kind: "handoff", reason: "not_in_shop_data" });
    expect(out.answer.text).not.toMatch(/vegan/i);
  });

  it("answers 'does it come in purple?' with the shop's own option list, never a yes", async () => {
    const out = await ask("product_question", "does the trail runner come in purple?", [mention("trailRunner")]);
    expect(out.kind).toBe("answer");
    expect(out.answer.facts.quote).toBe("Color: Slate, Ember");
  });

  it("a shop with no descriptions or pages gets handoffs, not empty answers", async () => {
    const state = getSimulatedShop(TEST_SHOP);
    for (const p of state.data.products) {
      p.descriptionHtml = "";
      p.metafields = [];
      p.options = [];
      p.translations = [];
    }
    state.data.pages = [];
    const out = await ask("product_question", "what is the trail runner made of?", [mention("trailRunner")]);
    expect(out).toMatchObject({ kind: "handoff", reason: "not_in_shop_data" });
    expect(await t.prisma.shopContentIndex.findFirst({ where: { shop: TEST_SHOP } })).toMatchObject({ passageCount: 0 });
  });

  it("never indexes scripts or styles from the merchant's HTML", async () => {
    await store.rebuild(TEST_SHOP, admin);
    const row = await t.prisma.shopContentIndex.findFirstOrThrow({ where: { shop: TEST_SHOP } });
    expect(row.passages).not.toMatch(/trackPdp|onerror|alert\(|color:red|<script/);
    expect(row.passages).toContain("Do you offer a warranty?");
  });

  it("another instance picks up a rebuilt index through the stored version", async () => {
    let clockB = Date.now();
    const instanceA = new ShopContentStore(t.prisma);
    const instanceB = new ShopContentStore(t.prisma, { now: () => clockB });
    await instanceA.rebuild(TEST_SHOP, admin);
    const before = await instanceB.indexFor(TEST_SHOP, admin);
    expect(before.passages.size).toBeGreaterThan(0);
    // The merchant edits a description; a webhook's job runs on instance A only.
    const product = getSimulatedShop(TEST_SHOP).data.products.find((p) => p.id === SEED_PRODUCTS.campMug.id)!;
    product.descriptionHtml = "<p>The mug now ships with a silicone sleeve.</p>";
    await instanceA.rebuild(TEST_SHOP, admin);
    // Within the version-check interval B still answers from memory; after it, B reloads the stored content.
    expect(await instanceB.indexFor(TEST_SHOP, admin)).toBe(before);
    clockB += 31_000;
    const after = await instanceB.indexFor(TEST_SHOP, admin);
    expect([...after.passages.values()].some((p) => p.text === "The mug now ships with a silicone sleeve.")).toBe(true);
  });

  it("an Admin API failure while building the index hands off, never a made-up answer", async () => {
    simulateOutage(TEST_SHOP, { status: 503, times: 20 });
    const out = await ask("product_question", "what is the trail runner made of?", [mention("trailRunner")], { deadlineMs: 1_500 });
    expect(out).toMatchObject({ kind: "handoff", reason: "shop_api_unavailable" });
  });
});

describe("product facts per language", () => {
  // A shop of its own: the tests above edit TEST_SHOP's catalogue.
  const SHOP = "translated-content.myshopify.com";
  let shopAdmin: AdminGraphql;
  beforeAll(async () => {
    shopAdmin = await createSimulatedAdmin(SHOP);
  });
  const beanieIn = (title: string): ProductMention => ({ ...mention("beanie"), matchedText: title });
  const frenchBeanie = htmlToBlocks(SEED_DESCRIPTION_TRANSLATIONS["merino-wool-beanie"].fr).join("\n");

  it("answers a French question from the merchant's French description, with its passage and source", async () => {
    const out = await ask("product_question", "peut-on laver le bonnet en machine ?", [beanieIn("bonnet")], { language: "fr", admin: shopAdmin, shop: SHOP });
    expect(out.kind).toBe("answer");
    const quote = String(out.answer.facts.quote);
    expect(quote).toContain("lavage en machine à froid");
    // Verbatim from the French translation, never a translation of the English sentence.
    for (const sentence of quote.split(/(?<=[.!?])\s+/)) expect(frenchBeanie).toContain(sentence);
    expect(out.answer.text).toContain(`"${quote}"`);
    expect(String(out.answer.facts.passageId)).toMatch(/@fr#/);
    expect(out.answer.facts.source).toEqual({
      type: "description",
      title: "Bonnet en laine mérinos",
      url: `https://${SEED_SHOP.primaryDomainHost}/products/merino-wool-beanie`,
      language: "fr",
    });
    expect(out.answer.text).toContain("Bonnet en laine mérinos");
  });

  it("falls back to the English passage for a German question when the shop has no German description", async () => {
    expect(SEED_DESCRIPTION_TRANSLATIONS["merino-wool-beanie"].de).toBeUndefined();
    const out = await ask("product_question", "kann ich die mütze in der waschmaschine waschen?", [beanieIn("mütze")], { language: "de", admin: shopAdmin, shop: SHOP });
    expect(out.kind).toBe("answer");
    expect(String(out.answer.facts.quote)).toContain("machine wash cold");
    expect(out.answer.facts.source).toMatchObject({ title: "Merino Wool Beanie", language: null });
  });

  it("falls back to English when the French description doesn't say", async () => {
    // The French description says nothing about a warranty; the shop's English FAQ does, and is quoted as written.
    const out = await ask("product_question", "le bonnet est-il garanti ?", [beanieIn("bonnet")], { language: "fr", admin: shopAdmin, shop: SHOP });
    expect(out.kind).toBe("answer");
    expect(String(out.answer.facts.quote)).toContain("1 year from delivery");
    expect(out.answer.facts.source).toMatchObject({ type: "page", title: "FAQ", language: null });
  });

  it("reads the translations in the same requests as the primary content (none per locale)", async () => {
    const before = getSimulatedShopRequests(SHOP).length;
    const result = await new ShopContentStore(t.prisma).rebuild(SHOP, shopAdmin);
    const requests = getSimulatedShopRequests(SHOP).slice(before);
    // One page of products (the seed has fewer than a page) and one page of pages.
    expect(requests.map((r) => r.query.match(/query (\w+)/)?.[1])).toEqual(["ShopContentProducts", "ShopContentPages"]);
    const row = await t.prisma.shopContentIndex.findFirstOrThrow({ where: { shop: SHOP } });
    expect(row.passageCount).toBe(result.passages);
    expect(row.passages).toContain('"language":"fr"');
  });
});

describe("discounts", () => {
  it("explains active automatic discounts with conditions and end dates, and reveals no code", async () => {
    const out = await ask("discount_question", "do you have any discount codes?");
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toContain(SEED_DISCOUNTS.hatsAutomatic.summary);
    expect(out.answer.text).toContain(SEED_DISCOUNTS.freeShippingAutomatic.summary);
    expect(out.answer.text).toMatch(/\(until [A-Z][a-z]+ \d+, \d{4}\)/);
    expect(out.answer.text).not.toContain(SEED_DISCOUNTS.expiredAutomatic.title);
    expect(out.answer.text).not.toContain(SEED_DISCOUNTS.welcomeCode.code);
    expect(out.answer.text).not.toContain(SEED_DISCOUNTS.trailCode.code);
    expect(out.answer.text).toContain("There is no public discount code I can share.");
  });

  it("shows a code only when the merchant marked it public and it is active", async () => {
    const out = await ask("discount_question", "any promo code?", [], {
      settings: { ...DEFAULT_SETTINGS, publicDiscountCodes: [SEED_DISCOUNTS.trailCode.code, "NOSUCHCODE"] },
    });
    expect(out.answer.text).toContain(`Code ${SEED_DISCOUNTS.trailCode.code}: ${SEED_DISCOUNTS.trailCode.summary}`);
    expect(out.answer.text).not.toContain("NOSUCHCODE");
    expect(out.answer.text).not.toContain(SEED_DISCOUNTS.welcomeCode.code);
  });
});

describe("shipping to a named country", () => {
  it("answers Canada with the zone's rates and times, and the policy link", async () => {
    const out = await ask("shipping_info", "do you ship to Canada, how long?");
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toContain("Shipping to Canada");
    expect(out.answer.text).toContain("Standard International (5-8 business days): $15.00");
    expect(out.answer.text).toContain(`https://${SEED_SHOP.primaryDomainHost}/policies/shipping-policy`);
  });

  it("answers in German with the free-shipping threshold", async () => {
    const out = await ask("shipping_info", "Was kostet der Versand in die USA?", [], { language: "de" });
    expect(out.answer.text).toContain("Versand nach Vereinigte Staaten");
    expect(out.answer.text).toMatch(/Free Standard \(3-5 business days\): kostenlos \(Bestellungen ab 100,00\s\$\)/);
  });

  it("says a country without rates isn't in the shop's rates, with the policy link and the way to a person", async () => {
    const out = await ask("shipping_info", "do you ship to Japan?");
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toContain("The store's shipping rates don't include Japan.");
    expect(out.answer.text).toContain("policies/shipping-policy");
    expect(out.answer.text).toContain("Prefer a person?");
  });

  it("without a country, the shipping policy answer is unchanged", async () => {
    const out = await ask("shipping_info", "how long does shipping take?");
    expect(out.answer.facts.kind).toBe("shipping_policy");
  });
});

describe("account help", () => {
  it("links new customer accounts (no passwords: one-time code)", async () => {
    const out = await ask("account", "how do I reset my password?");
    const url = String(getSimulatedShop(TEST_SHOP).data.shop.customerAccountsV2.url);
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toContain(url);
    expect(out.answer.text).toMatch(/one-time code/);
  });

  it("links classic accounts' password recovery and address book on the storefront", async () => {
    const shop = "classic-accounts.myshopify.com";
    const classic = await createSimulatedAdmin(shop);
    const s2 = getSimulatedShop(shop);
    s2.data.shop.customerAccountsV2 = { ...s2.data.shop.customerAccountsV2, customerAccountsVersion: "CLASSIC", url: null };
    const pw = await ask("account", "I forgot my password", [], { admin: classic, shop });
    expect(pw.answer.text).toContain(`https://${SEED_SHOP.primaryDomainHost}/account/login#recover`);
    const addr = await ask("account", "where do I change the saved addresses in my account?", [], { admin: classic, shop });
    expect(addr.answer.text).toContain(`https://${SEED_SHOP.primaryDomainHost}/account/addresses`);
  });

  it("sends changes to account data to a person", async () => {
    const out = await ask("account", "please delete my account");
    expect(out).toMatchObject({ kind: "handoff", reason: "person_must_act" });
  });

  it("answers unsubscribing in French", async () => {
    const out = await ask("account", "comment me désinscrire de la newsletter ?", [], { language: "fr" });
    expect(out.kind).toBe("answer");
    expect(out.answer.text).toMatch(/désinscription/);
  });
});

// The classifier sometimes reads a question the shop's content answers as small talk, shipping or discounts.
describe("questions the shop's content answers, whatever routine intent they were read as", () => {
  it("answers unsubscribing read as 'other' or as shipping with the account answer", async () => {
    for (const [intent, language, text] of [["other", "en", "stop sending me newsletters"], ["shipping_info", "es", "dejad de enviarme correos promocionales"]] as const) {
      const out = await ask(intent, text, [], { language });
      expect(out.kind, text).toBe("answer");
      expect(out.answer.facts.kind, text).toBe("account_help");
    }
  });

  it("quotes the FAQ for gift wrapping read as shipping and for gift-card expiry read as discounts", async () => {
    const wrap = await ask("shipping_info", "bietet ihr Geschenkverpackung an?", [], { language: "de" });
    expect(String(wrap.answer.facts.quote)).toContain("Gift wrapping");
    const expiry = await ask("discount_question", "les cartes cadeaux expirent-elles ?", [], { language: "fr" });
    expect(String(expiry.answer.facts.quote)).toContain("never expire");
  });

  it("quotes a named product's page for a product question read as 'other'", async () => {
    const out = await ask("other", "what's included with the summit trekking poles?", [mention("trekkingPoles")]);
    expect(String(out.answer.facts.quote)).toContain("rubber tips");
  });

  it("leaves small talk that merely shares a word with a topic as it was (no quote, no handoff)", async () => {
    for (const text of ["how long should I boil an egg", "how do I fix my car", "where are you located"]) {
      const out = await ask("other", text);
      expect(out.kind, text).toBe("answer");
      expect(out.answer.facts.kind, text).toBe("other");
    }
  });

  it("still answers a shipping question without a country from the policy, and discounts from the discounts", async () => {
    expect((await ask("shipping_info", "how long does shipping take?")).answer.facts.kind).toBe("shipping_policy");
    expect((await ask("discount_question", "do you have any discount codes?")).answer.facts.kind).not.toBe("product_fact");
  });
});
