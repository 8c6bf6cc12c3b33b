import { describe, expect, it } from "vitest";
import { buildPassages, MAX_BYTES_PER_SHOP, MAX_PASSAGES_PER_SHOP, productPassages, type ProductContent } from "./passages";
import { htmlToBlocks, MAX_SOURCE_CHARS, splitSentences } from "./sanitise";

const product = (descriptionHtml: string, n = 1): ProductContent => ({
  id: `gid://shopify/Product/${n}`,
  title: `Product ${n}`,
  handle: `product-${n}`,
  url: `https://shop.example/products/product-${n}`,
  descriptionHtml,
  options: [],
  metafields: [],
});

describe("sanitising merchant HTML", () => {
  it("drops scripts, styles, iframes, comments and event handlers with their content", () => {
    const blocks = htmlToBlocks(
      `<p onclick="steal()">Made of <b>wool</b>.</p><script>alert("x")</script><style>p{}</style><!-- secret --><iframe src="x">frame</iframe><p>Hand wash.</p><script>unterminated(`,
    );
    expect(blocks).toEqual(["Made of wool.", "Hand wash."]);
  });

  it("decodes entities without letting them become markup", () => {
    expect(htmlToBlocks("<p>Rated to &minus;15 &deg;C &amp; 20&nbsp;000 mm; &lt;script&gt;x&lt;/script&gt;</p>")).toEqual(["Rated to &minus;15 °C & 20 000 mm; script x /script"]);
  });

  it("bounds huge descriptions before and after parsing", () => {
    const huge = `<p>${"Soft merino wool. ".repeat(200_000)}</p>`;
    const blocks = htmlToBlocks(huge);
    expect(blocks.join("\n").length).toBeLessThanOrEqual(MAX_SOURCE_CHARS);
  });

  it("splits sentences and drops absurdly long ones", () => {
    expect(splitSentences("It is warm. It packs small! Is it light? Yes.")).toEqual(["It is warm.", "It packs small!", "Is it light?", "Yes."]);
    expect(splitSentences(`${"word ".repeat(200)}end.`)).toEqual([]);
  });
});

describe("passages", () => {
  it("keeps headings as context and sentences verbatim", () => {
    const passages = productPassages(product("<h3>Care</h3><p>Machine wash cold. Lay flat to dry.</p>"));
    expect(passages.map((p) => [p.context, p.text, p.next])).toEqual([
      ["Care", "Machine wash cold.", "Lay flat to dry."],
      ["Care", "Lay flat to dry.", undefined],
    ]);
  });

  it("turns options and quotable metafields into Name: value lines and skips Shopify's placeholder option", () => {
    const passages = productPassages({
      ...product(""),
      options: [{ name: "Title", values: ["Default Title"] }, { name: "Size", values: ["S", "M"] }],
      metafields: [
        { key: "fill_power", type: "single_line_text_field", value: "800" },
        { key: "related", type: "product_reference", value: "gid://shopify/Product/2" },
      ],
    });
    expect(passages.map((p) => p.text)).toEqual(["Size: S, M", "Fill power: 800"]);
  });

  it("caps the passages per shop", () => {
    const many = Array.from({ length: 200 }, (_, i) => product(Array.from({ length: 60 }, (_, j) => `<p>Sentence ${j} of product ${i}.</p>`).join(""), i));
    const { passages, truncated } = buildPassages(many, []);
    expect(passages.length).toBe(MAX_PASSAGES_PER_SHOP);
    expect(truncated).toBe(true);
  });

  it("caps the bytes per shop before the passage count when sentences are long, keeping whole passages", () => {
    const sentence = (i: number, j: number) => `Product ${i} sentence ${j} says ${"quite a lot about its fabric ".repeat(12)}end.`;
    const many = Array.from({ length: 300 }, (_, i) => product(Array.from({ length: 40 }, (_, j) => `<p>${sentence(i, j)}</p>`).join(""), i));
    const { passages, truncated } = buildPassages(many, []);
    expect(truncated).toBe(true);
    expect(passages.length).toBeLessThan(MAX_PASSAGES_PER_SHOP);
    const bytes = passages.reduce((n, p) => n + p.text.length + (p.next?.length ?? 0) + (p.prev?.length ?? 0) + p.context.length + 200, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES_PER_SHOP);
    // Whole sentences only: every kept passage is one of the product's sentences, in order, from the first product on.
    expect(passages[0].text).toBe(sentence(0, 0));
    for (const p of passages) expect(p.text).toMatch(/^Product \d+ sentence \d+ says .* end\.$/);
  });
});
