// The grounded-answer content index (app/domain/knowledge) for generated shops of 50, 500 and 2,000 products:
// rebuild time (Admin API reads through the simulated shop's executor, sanitising, passages, the stored row, the
// MiniSearch index), what is stored (passages, bytes, whether the per-shop caps cut it), a second instance's cold
// load of the stored row, and per-question latency on the cached index. Of 9 question kinds, 2 must hand off
// (a judgment question, and one the content doesn't answer), so at most 7/9 of the questions are answered.
// Run alone: `npm run bench -- knowledge-index`.
// The generated content is hostile on purpose: every 20th description carries scripts, styles and an iframe, every
// 100th is a 300 KB paste, so the timings include the sanitiser's bounds (sanitise.ts) and the caps (passages.ts).
import { performance } from "node:perf_hooks";
import { MAX_PRODUCTS } from "../../app/domain/knowledge/content.server";
import { buildPassages, MAX_BYTES_PER_SHOP, MAX_PASSAGES_PER_SHOP } from "../../app/domain/knowledge/passages";
import { buildIndex } from "../../app/domain/knowledge/search";
import { productFactAnswer } from "../../app/domain/knowledge/product-facts";
import { ShopContentStore } from "../../app/domain/knowledge/store.server";
import type { Language } from "../../app/domain/understanding/types";
import { createDirectSimulatedAdmin } from "../../app/simulated-shop/direct-admin.server";
import { getSimulatedShop, registerObject, resetSimulatedShops } from "../../app/simulated-shop/state.server";
import { createTestDatabase } from "../../app/testing/test-database.server";

const SIZES = [50, 500, 2_000];
const NOUNS = ["Jacket", "Beanie", "Trail Shoe", "Backpack", "Mug", "Tent", "Sleeping Bag", "Fleece", "Gloves", "Poles"];
const ADJECTIVES = ["Alpine", "Coastal", "Summit", "Ridge", "Canyon", "Glacier", "Forest", "Desert", "Harbor", "Prairie"];
const MATERIALS = ["recycled polyester", "merino wool", "waxed canvas", "ripstop nylon", "stainless steel", "organic cotton"];

function titleOf(i: number): string {
  return `${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]} ${i + 1}`;
}

function descriptionOf(i: number): string {
  const material = MATERIALS[i % MATERIALS.length];
  const body = [
    `<p>A dependable piece of kit for long days outside, built from ${material}.</p>`,
    `<h3>Materials</h3><p>The shell is made from ${material} with a durable water repellent finish.</p>`,
    `<h3>Care</h3><p>Machine wash cold on a gentle cycle. Do not tumble dry.</p>`,
    `<h3>Fit</h3><p>Fits true to size; size up for layering. It weighs ${300 + (i % 500)} g.</p>`,
    `<h3>Warranty</h3><p>Covered by a ${1 + (i % 3)}-year warranty against manufacturing defects.</p>`,
  ].join("");
  if (i % 100 === 99) return body + `<p>${"Keyword stuffing from a supplier feed. ".repeat(8_000)}</p>`;
  if (i % 20 === 19) return `<script>window.track("p${i}")</script><style>.x{color:red}</style>${body}<iframe src="https://ads.example"></iframe>`;
  return body;
}

/** Replaces the simulated shop's catalogue with `count` generated products shaped like the seed's (real Admin schema). */
function generateCatalogue(shop: string, count: number): void {
  const state = getSimulatedShop(shop);
  const template = state.data.products.find((p) => (p.options as Array<{ name: string }>)[0]?.name !== "Title") ?? state.data.products[0];
  const products = Array.from({ length: count }, (_, i) => {
    const id = `gid://shopify/Product/${900_000 + i}`;
    const handle = titleOf(i).toLowerCase().replace(/\s+/g, "-");
    const product = {
      ...structuredClone(template),
      id,
      legacyResourceId: String(900_000 + i),
      title: titleOf(i),
      handle,
      descriptionHtml: descriptionOf(i),
      onlineStoreUrl: `https://demo-outfitters.example/products/${handle}`,
      metafields: [{ __typename: "Metafield", id: `gid://shopify/Metafield/${900_000 + i}`, namespace: "custom", key: "fill_power", type: "single_line_text_field", value: String(600 + (i % 300)) }],
    };
    registerObject(state, product as never);
    return product;
  });
  state.data.products = products as never;
}

const QUESTIONS: Array<[Language, (i: number) => string]> = [
  ["en", (i) => `what is the ${titleOf(i)} made of?`],
  ["en", (i) => `can I put the ${titleOf(i)} in the washing machine?`],
  ["en", (i) => `how much does the ${titleOf(i)} weigh?`],
  ["en", (i) => `is the ${titleOf(i)} warm enough for me?`],
  ["es", (i) => `¿qué garantía tiene la ${titleOf(i)}?`],
  ["es", (i) => `¿de qué material es la ${titleOf(i)}?`],
  ["fr", (i) => `comment laver le ${titleOf(i)} ?`],
  ["de", (i) => `welche Größe hat die ${titleOf(i)}?`],
  ["en", () => "do you ship to the moon?"],
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { "caps: products read per rebuild": MAX_PRODUCTS, "caps: passages per shop": MAX_PASSAGES_PER_SHOP, "caps: bytes per shop": MAX_BYTES_PER_SHOP };
  const db = await createTestDatabase("sqlite");
  try {
    for (const size of SIZES) {
      const shop = `bench-index-${size}.myshopify.com`;
      resetSimulatedShops();
      generateCatalogue(shop, size);
      // Counts Admin API calls and THROTTLED answers: the simulated shop applies Shopify's cost limits, so a rebuild
      // of a big catalogue waits for points to restore (runAdminQuery's backoff), as it would against a real shop.
      const direct = createDirectSimulatedAdmin(shop);
      let adminCalls = 0;
      let throttled = 0;
      const admin: typeof direct = {
        async graphql(query, options) {
          const response = await direct.graphql(query, options);
          adminCalls += 1;
          if ((await response.clone().text()).includes("THROTTLED")) throttled += 1;
          return response;
        },
      };
      const store = new ShopContentStore(db.prisma);
      // The simulated shop builds its GraphQL schema on the first call; that is the stand-in's cost, not the rebuild's.
      await direct.graphql("{ shop { name } }");

      const t0 = performance.now();
      const built = await store.rebuild(shop, admin);
      const rebuildMs = performance.now() - t0;
      // The same work without the Admin API: what a rebuild costs this process's CPU.
      const state = getSimulatedShop(shop);
      const t2 = performance.now();
      const local = buildPassages(
        state.data.products.slice(0, MAX_PRODUCTS).map((p) => ({
          id: p.id as string,
          title: p.title as string,
          handle: p.handle as string,
          url: p.onlineStoreUrl as string,
          descriptionHtml: p.descriptionHtml as string,
          options: (p.options as Array<{ name: string; values: string[] }>).map((o) => ({ name: o.name, values: o.values })),
          metafields: p.metafields as Array<{ key: string; type: string; value: string }>,
        })),
        [],
      );
      buildIndex(local.passages);
      JSON.stringify(local.passages);
      const localMs = performance.now() - t2;
      const row = await db.prisma.shopContentIndex.findFirstOrThrow({ where: { shop } });

      // Another instance: reads the stored row and builds its own MiniSearch index (no Admin API call).
      const t1 = performance.now();
      const index = await new ShopContentStore(db.prisma).indexFor(shop, admin);
      const coldLoadMs = performance.now() - t1;

      const asked = Math.min(size, MAX_PRODUCTS);
      const questions = Array.from({ length: 2_000 }, (_, n) => {
        const [language, make] = QUESTIONS[n % QUESTIONS.length];
        const product = (n * 37) % asked;
        return { language, text: make(product), owner: `gid://shopify/Product/${900_000 + product}` };
      });
      for (const q of questions.slice(0, 200)) productFactAnswer(index, { text: q.text, language: q.language, products: [] });
      const times: number[] = [];
      let answered = 0;
      let fromAskedProduct = 0;
      for (const q of questions) {
        const s = performance.now();
        const cached = await store.indexFor(shop, admin);
        const answer = productFactAnswer(cached, { text: q.text, language: q.language, products: [] });
        times.push(performance.now() - s);
        if (!answer.handoff) answered += 1;
        // Quoted from the product asked about, not from a namesake ("Alpine Jacket 7" for "Alpine Jacket 407").
        if (!answer.handoff && String(answer.facts.passageId).startsWith(`${q.owner}#`)) fromAskedProduct += 1;
      }
      times.sort((a, b) => a - b);
      const p = `${size} products:`;
      out[`${p} rebuild ms`] = r1(rebuildMs);
      out[`${p} rebuild: Admin API calls (throttled)`] = `${adminCalls} (${throttled})`;
      out[`${p} rebuild: sanitise + passages + index ms (no Admin API)`] = r1(localMs);
      out[`${p} passages stored`] = built.passages;
      out[`${p} stored bytes`] = row.bytes;
      out[`${p} cut by a cap`] = built.truncated ? "yes" : "no";
      out[`${p} cold load ms (other instance)`] = r1(coldLoadMs);
      out[`${p} question ms p50`] = r3(quantile(times, 0.5));
      out[`${p} question ms p95`] = r3(quantile(times, 0.95));
      out[`${p} question ms p99`] = r3(quantile(times, 0.99));
      out[`${p} questions answered (rest handed off)`] = `${answered}/${questions.length}`;
      out[`${p} answers quoting the asked product`] = `${fromAskedProduct}/${answered}`;
    }
  } finally {
    await db.drop();
  }
  return out;
}
