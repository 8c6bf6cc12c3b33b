import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { daysBefore, seedConversation, type SeedConversation } from "./fixtures.server";
import { holdoutReport, median } from "./holdout-report.server";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe.each(testProviders())("holdout report on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const now = new Date("2026-11-23T15:00:00Z");

  it("compares held-out conversations with bot-handled ones", async () => {
    const shop = "holdout.myshopify.com";
    const seed = (s: Omit<SeedConversation, "shop" | "createdAt">, createdAt = daysBefore(now, 1)) => seedConversation(t.prisma, { shop, createdAt, ...s });
    const bot = { holdout: false, handoffReason: null };
    const held = { holdout: true, handoffReason: "held out to measure automation" };

    // Automated: answers after 2 s, 4 s and 6 s; one unanswered; one thumbs-down among three ratings.
    await seed({ ...bot, messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 2, feedback: "up" }] });
    await seed({ ...bot, messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 4, feedback: "down" }, { author: "shopper", at: 8 }, { author: "bot", at: 10, feedback: "up" }] });
    await seed({ ...bot, status: "closed", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 6 }] });
    await seed({ ...bot, messages: [{ author: "shopper", at: 0 }] });

    // Holdout: staff answers after 120 s, 300 s and 60 s; the bot's instant "a person will reply" is not an answer.
    await seed({ ...held, status: "closed", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1, feedback: "down" }, { author: "staff", at: 120 }] });
    await seed({ ...held, status: "human", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 300 }] });
    await seed({ ...held, status: "waiting_for_human", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }] });
    await seed({ ...held, status: "closed", messages: [{ author: "shopper", at: 0 }, { author: "staff", at: 60 }] });

    // In neither group: handed off for another reason, too old, another shop.
    await seed({ holdout: false, handoffReason: "asked for a person", status: "closed", messages: [{ author: "shopper", at: 0 }, { author: "staff", at: 5 }] });
    await seed({ ...bot, messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 500, feedback: "down" }] }, daysBefore(now, 31));
    await seedConversation(t.prisma, { shop: "other.myshopify.com", createdAt: daysBefore(now, 1), ...held, messages: [{ author: "shopper", at: 0 }, { author: "staff", at: 9 }] });

    const report = await holdoutReport(t.prisma, shop, { now });

    expect(report.automated).toEqual({
      conversations: 4,
      resolved: 3,
      resolvedShare: 0.75,
      satisfaction: 2 / 3,
      ratings: 3,
      medianFirstReplyMs: 4000,
      answered: 3,
    });
    expect(report.holdout).toEqual({
      conversations: 4,
      resolved: 2,
      resolvedShare: 0.5,
      satisfaction: null,
      ratings: 0,
      medianFirstReplyMs: 120_000,
      answered: 3,
    });
    expect(report.enoughData).toBe(false);
  });

  it("has enough data only once both groups reach 30 conversations", async () => {
    const shop = "busy.myshopify.com";
    const many = (n: number, holdout: boolean) =>
      t.prisma.conversation.createMany({
        data: Array.from({ length: n }, (_, i) => ({ shop, visitorId: `v-${holdout}-${i}`, holdout, handoffReason: holdout ? "held out" : null, createdAt: daysBefore(now, 2) })),
      });
    await many(30, true);
    await many(29, false);
    const before = await holdoutReport(t.prisma, shop, { now });
    expect([before.holdout.conversations, before.automated.conversations, before.enoughData]).toEqual([30, 29, false]);
    await many(1, false);
    const after = await holdoutReport(t.prisma, shop, { now });
    expect([after.holdout.conversations, after.automated.conversations, after.enoughData]).toEqual([30, 30, true]);
    expect(after.automated.medianFirstReplyMs).toBeNull();
  });
});
