import { beforeAll, describe, expect, it } from "vitest";
import { SEED_PRODUCTS } from "~/simulated-shop/seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { getCatalogue } from "../shop-data/catalogue.server";
import { TtlCache } from "../shop-data/ttl-cache.server";
import { matchProducts } from "./products.server";
import { parseProductWords } from "./product-words";
import type { CatalogueEntry, Language } from "./types";

// The seed shop's catalogue as the app reads it (titles, types, published translations), so these cases exercise
// the same data a shopper's message meets in production.
let catalogue: CatalogueEntry[];
beforeAll(async () => {
  catalogue = await getCatalogue(await createSimulatedAdmin(TEST_SHOP), { shop: TEST_SHOP, cache: new TtlCache() });
});

const P = SEED_PRODUCTS;
const ids = (text: string, language: Language = "en") => matchProducts(text, catalogue, language).products.map((p) => p.productId);

describe("matchProducts: one product named", () => {
  it.each<[string, Language, string]>([
    // The examples: partial names and single distinctive words.
    ["do you have the trail runner in size 10?", "en", P.trailRunner.id],
    ["the beanie in red?", "en", P.beanie.id],
    ["the trekking poles", "en", P.trekkingPoles.id],
    ["the down jacket", "en", P.downJacket.id],
    // Plurals and singulars.
    ["any trail runners left in 9?", "en", P.trailRunner.id],
    ["do you sell beanies", "en", P.beanie.id],
    ["is a single trekking pole available", "en", P.trekkingPoles.id],
    // Typos.
    ["is the beenie available?", "en", P.beanie.id],
    ["do you have the trekkng poles", "en", P.trekkingPoles.id],
    ["the alpine down jaket in M", "en", P.downJacket.id],
    // Options in any order.
    ["ember, size 10, trail runner: in stock?", "en", P.trailRunner.id],
    // The shop's published translations.
    ["avez-vous le bonnet en laine mérinos en stock ?", "fr", P.beanie.id],
    ["habt ihr die Trekkingstöcke noch?", "de", P.trekkingPoles.id],
    ["¿tienen los bastones de trekking?", "es", P.trekkingPoles.id],
    ["¿queda la tasse de camping ?", "fr", P.campMug.id],
    // The synonym list, for products the shop has not translated (or words a translation does not use).
    ["habt ihr die Mütze in Rust?", "de", P.beanie.id],
    ["la doudoune est dispo en L ?", "fr", P.downJacket.id],
    ["¿tienen la taza en verde?", "es", P.campMug.id],
    ["gibt es die Daunenjacke in S?", "de", P.downJacket.id],
    ["l'imperméable Ridge est dispo en XL ?", "fr", P.rainShell.id],
    // Weak words alone name a product only when they are all the message says.
    ["the down one", "en", P.downJacket.id],
  ])("%j (%s) names %s", (text, language, id) => {
    expect(ids(text, language)).toEqual([id]);
  });

  it("reports the words that matched", () => {
    const [m] = matchProducts("do you have the trail runner in size 10?", catalogue, "en").products;
    expect(m).toMatchObject({ productId: P.trailRunner.id, title: P.trailRunner.title, matchedText: "trail runner" });
  });

  it("names two products each named by its own words", () => {
    expect(ids("do you have the camp mug and the beanie?").sort()).toEqual([P.campMug.id, P.beanie.id].sort());
  });
});

describe("matchProducts: several or none", () => {
  it("offers the choices when the words fit several products equally (two jackets)", () => {
    const m = matchProducts("is the jacket in stock?", catalogue, "en");
    expect(m.products).toEqual([]);
    expect(m.choices.map((c) => c.productId).sort()).toEqual([P.downJacket.id, P.rainShell.id].sort());
  });

  it("says which words name a product the shop does not have", () => {
    expect(matchProducts("do you have snowboards?", catalogue, "en")).toMatchObject({ products: [], choices: [], unknownName: "snowboards" });
    expect(matchProducts("avez-vous des raquettes en stock ?", catalogue, "fr").unknownName).toBe("raquettes");
  });

  it.each([
    "where is my order #1003?",
    "is the shop open on sunday?",
    "I want to submit a complaint",
    "my parcel is down the road apparently",
    "how much is shipping to Canada?",
    "is it in stock?",
  ])("%j names no product and no unknown one", (text) => {
    expect(matchProducts(text, catalogue, "en")).toMatchObject({ products: [], choices: [], unknownName: null });
  });

  it("marks a bare product name, and not a question with other words", () => {
    expect(matchProducts("the trekking poles", catalogue, "en").nameOnly).toBe(true);
    expect(matchProducts("the beanie in red?", catalogue, "en").nameOnly).toBe(true);
    expect(matchProducts("how do I wash the beanie?", catalogue, "en").nameOnly).toBe(false);
  });
});

describe("product-words.json", () => {
  it("rejects a word listed twice and a synonym that would be dropped as filler", () => {
    const base = { filler: { en: [], fr: [], de: [], es: [] }, colours: { en: [], fr: [], de: [], es: [] }, sizes: { en: [], fr: [], de: [], es: [] }, weak: { en: [], fr: [], de: [], es: [] }, sizeCues: { en: ["size"], fr: ["taille"], de: ["größe"], es: ["talla"] }, availability: { en: ["in stock"], fr: ["en stock"], de: ["auf lager"], es: ["en stock"] } };
    const synonyms = { en: {}, fr: {}, de: {}, es: {} };
    expect(() => parseProductWords({ ...base, synonyms })).not.toThrow();
    expect(() => parseProductWords({ ...base, weak: { ...base.weak, en: ["down", "Down"] }, synonyms })).toThrow(/lower case|twice/);
    expect(() => parseProductWords({ ...base, synonyms: { ...synonyms, en: { the: ["shoe"] } } })).toThrow(/filler or stop word/);
  });
});
