import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { daysBefore, seedConversation } from "./fixtures.server";
import { ruleImpact } from "./rule-impact";
import { conversationSamples } from "./rule-impact.server";

describe.each(testProviders())("rule impact over the last 30 days on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("replays the thresholds and intents over stored understandings, and counts customer-rule handoffs", async () => {
    const shop = "impact.myshopify.com";
    const now = new Date("2026-11-23T15:00:00Z");
    const say = async (createdAt: Date, understandings: Array<{ intent: string; confidence: number; score: number }>, codes: string[] = []) => {
      const c = await seedConversation(t.prisma, { shop, createdAt, decisions: codes.length ? [{ kind: "handoff", codes }] : [] });
      for (const u of understandings) {
        await t.prisma.message.create({
          data: { conversationId: c.id, author: "shopper", body: "x", understanding: JSON.stringify({ intent: u.intent, confidence: u.confidence, sentiment: { label: "neutral", score: u.score } }) },
        });
      }
    };
    await say(daysBefore(now, 1), [{ intent: "order_status", confidence: 0.9, score: 0 }, { intent: "order_status", confidence: 0.55, score: -0.6 }]);
    await say(daysBefore(now, 2), [{ intent: "discount_question", confidence: 0.8, score: -0.2 }], ["customer_tag"]);
    await say(daysBefore(now, 3), [{ intent: "return_request", confidence: 0.4, score: 0.3 }]);
    await say(daysBefore(now, 40), [{ intent: "return_request", confidence: 0.1, score: -1 }]); // too old
    await t.prisma.message.create({ data: { conversationId: (await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 1) })).id, author: "shopper", body: "x", understanding: "not json" } });

    const samples = await conversationSamples(t.prisma, shop, { now });
    expect(samples).toHaveLength(4);
    expect(ruleImpact(samples, { confidenceThreshold: 0.6, negativeSentimentThreshold: -0.5 })).toEqual({
      conversations: 4,
      byIntent: { order_status: 1, discount_question: 1, return_request: 1 },
      belowConfidence: 2,
      upset: 1,
      customerRules: 1,
    });
    const stricter = ruleImpact(samples, { confidenceThreshold: 0.35, negativeSentimentThreshold: -0.1 });
    expect([stricter.belowConfidence, stricter.upset]).toEqual([0, 2]);
  });
});
