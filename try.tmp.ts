import { createDirectSimulatedAdmin } from "~/simulated-shop/direct-admin.server";
import { fetchShopPassages } from "~/domain/knowledge/content.server";
import { buildIndex } from "~/domain/knowledge/search";
import { productFactAnswer } from "~/domain/knowledge/product-facts";
const admin = createDirectSimulatedAdmin("t.myshopify.com");
const { passages } = await fetchShopPassages(admin);
console.log(passages.length);
for (const p of passages.slice(0, 12)) console.log(JSON.stringify([p.context, p.text]));
const index = buildIndex(passages);
const P = (id: number, title: string) => [{ productId: `gid://shopify/Product/${id}`, handle: "", title, matchedText: title }];
const qs: [string, any, any][] = [
  ["what is the trail runner made of?", "en", P(8001, "Trail Runner Shoe")],
  ["does the weekender fit under a plane seat?", "en", P(8003, "Canvas Weekender Bag")],
  ["is the down jacket warm enough for -20?", "en", P(8004, "Alpine Down Jacket")],
  ["can I wash the beanie in the machine?", "en", P(8002, "Merino Wool Beanie")],
  ["do you offer a warranty?", "en", []],
  ["¿la rain shell es impermeable?", "es", P(8008, "Ridge Rain Shell")],
  ["Kann ich den Becher in die Spülmaschine tun?", "de", P(8007, "Insulated Camp Mug")],
  ["what's included with the trekking poles", "en", P(8006, "Summit Trekking Poles")],
  ["does the trail runner come in purple", "en", P(8001, "Trail Runner Shoe")],
];
for (const [text, language, products] of qs) {
  const a = productFactAnswer(index, { text, language, products });
  console.log("\n>", text, "\n", a.text, a.handoff ?? "", (a.facts as any).confidence, (a.facts as any).matched);
}
