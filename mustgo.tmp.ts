import { route } from "~/domain/routing/policy.server";
import { DEFAULT_SETTINGS, parseShopSettings } from "~/domain/routing/settings";
import { STRONG_NEGATIVE_SCORE } from "~/domain/understanding/sentiment.server";
import { TESTSET } from "~/domain/understanding/testset";
import { INTENTS, LANGUAGES, type Intent } from "~/domain/understanding/types";
import { createUnderstander } from "~/domain/understanding/understand.server";
const MUST: Intent[] = ["complaint", "damaged_or_wrong_item", "human_agent"];
const mainSettings = parseShopSettings({ intents: { product_question: "human", discount_question: "human", account: "human" } });
const variants = [
  ["main model + main defaults", createUnderstander({ modelPath: "/tmp/main-model.json" }), mainSettings],
  ["main model + grounded defaults", createUnderstander({ modelPath: "/tmp/main-model.json" }), DEFAULT_SETTINGS],
  ["grounded model + grounded defaults", createUnderstander(), DEFAULT_SETTINGS],
] as const;
for (const [name, u8, settings] of variants) {
  let n = 0, ok = 0; const missed: string[] = [];
  for (const l of LANGUAGES) for (const gold of INTENTS) for (const text of TESTSET[l][gold]) {
    const u = u8.understand(text);
    if (!(MUST.includes(gold) || u.sentiment.score <= STRONG_NEGATIVE_SCORE)) continue;
    n++;
    const d = route({ understanding: u, customer: null, history: { conversationId: "e", clarificationsAsked: 0, botFailures: 0, humanOwnsConversation: false, previousIntents: [] }, settings, now: new Date("2026-11-18T12:00:00") });
    if (d.kind !== "automate") ok++; else missed.push(`${l} ${gold}->${u.intent}: ${text}`);
  }
  console.log(name, `${ok}/${n}`, (ok / n).toFixed(3), missed);
}
