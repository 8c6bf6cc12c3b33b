import { describe, expect, it } from "vitest";
import { buildPassages, MAX_PASSAGES_PER_SHOP, type ProductContent } from "./passages";
import { buildIndex } from "./search";

const product = (n: number, sentences: number, translated?: string): ProductContent => ({
  id: `gid://shopify/Product/${n}`,
  title: `Product ${n}`,
  handle: `product-${n}`,
  url: null,
  descriptionHtml: `<p>${Array.from({ length: sentences }, (_, i) => `Sentence ${i} of product ${n}.`).join(" ")}</p>`,
  options: [],
  metafields: [],
  translations: translated ? { fr: { title: `Produit ${n}`, descriptionHtml: translated } } : undefined,
});

describe("translated passages", () => {
  it("are tagged with their language, named by the translated title, and indexed apart from the primary content", () => {
    const { passages } = buildPassages([product(1, 2, "<p>La laine est douce. Lavage à froid.</p>")], []);
    const french = passages.filter((p) => p.language === "fr");
    expect(french.map((p) => p.text)).toEqual(["La laine est douce.", "Lavage à froid."]);
    expect(french.every((p) => p.ownerTitle === "Produit 1" && p.id.startsWith("gid://shopify/Product/1@fr#"))).toBe(true);
    const index = buildIndex(passages);
    expect([...index.passages.values()].some((p) => p.language)).toBe(false);
    expect(index.translated.get("fr")?.passages.size).toBe(2);
    expect(index.translated.get("de")).toBeUndefined();
  });

  it("never push primary-language content out of the size caps: translations are dropped first", () => {
    // 67 products x 60 sentences fills the passage cap with primary content alone.
    const products = Array.from({ length: 67 }, (_, n) => product(n, 60, "<p>Une phrase traduite.</p>"));
    const { passages, truncated } = buildPassages(products, []);
    expect(truncated).toBe(true);
    expect(passages).toHaveLength(MAX_PASSAGES_PER_SHOP);
    expect(passages.some((p) => p.language)).toBe(false);
  });
});
