import { createUnderstander } from "~/domain/understanding/understand.server";
import { route } from "~/domain/routing/policy.server";
import { DEFAULT_SETTINGS } from "~/domain/routing/settings";
import { createDirectSimulatedAdmin } from "~/simulated-shop/direct-admin.server";
import { getSimulatedShop } from "~/simulated-shop/state.server";
import { fetchShopPassages } from "~/domain/knowledge/content.server";
import { buildIndex, searchPassages } from "~/domain/knowledge/search";
const admin = createDirectSimulatedAdmin("t.myshopify.com");
const catalogue = getSimulatedShop("t.myshopify.com").data.products.map((p) => ({ productId: p.id as string, handle: p.handle as string, title: p.title as string }));
const index = buildIndex((await fetchShopPassages(admin)).passages);
const u8 = createUnderstander();
for (const text of process.argv.slice(2)) {
  const u = u8.understand(text, { catalogue });
  const d = route({ understanding: u, customer: null, history: { conversationId: "e", clarificationsAsked: 0, botFailures: 0, humanOwnsConversation: false, previousIntents: [] }, settings: DEFAULT_SETTINGS, now: new Date("2026-11-18T12:00:00") });
  console.log("\n>", text, u.language, u.intent, u.confidence.toFixed(2), u.runnerUp?.intent, u.sentiment.score, JSON.stringify(d.reasons ?? d), u.entities.products.map((p) => p.title + "/" + p.matchedText));
  const hits = searchPassages(index, { text, language: u.language, productIds: u.entities.products.map((p) => p.productId), productTitleWords: u.entities.products.flatMap((p) => `${p.title} ${p.matchedText}`.toLowerCase().split(/\W+/)) });
  for (const h of hits.slice(0, 3)) console.log("   ", h.confidence.toFixed(2), h.score.toFixed(1), h.matched, h.passage.text.slice(0, 80));
}
