import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { holdoutBucket } from "../routing/holdout";
import { daysBefore, seedConversation, type SeedConversation } from "./fixtures.server";
import { holdoutReport, median } from "./holdout-report.server";
import { conversationOutcomes, type ConversationOutcome } from "./outcomes.server";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe("holdout verdict", () => {
  const rows = (group: "bot" | "holdout", resolved: number, total: number): ConversationOutcome[] =>
    Array.from({ length: total }, (_, i) => ({
      id: `${group}-${i}`,
      createdAt: new Date(),
      group,
      outcome: i < resolved ? (group === "bot" ? "resolved_by_bot" : "resolved_by_team") : "unresolved",
      personInvolved: group === "holdout",
      rating: null,
      firstAnswerMs: null,
    }));

  it("says too early below 30 judged conversations per group, whatever the shares", () => {
    const report = holdoutReport([...rows("bot", 29, 29), ...rows("holdout", 0, 29)], { days: 30 });
    expect(report.verdict).toEqual({ kind: "too_early", needed: 30 });
    expect(report.resolvedDifference!.lower).toBeGreaterThan(0.8);
  });

  it("calls a difference only when the interval excludes zero, in either direction", () => {
    expect(holdoutReport([...rows("bot", 56, 70), ...rows("holdout", 48, 80)], { days: 30 }).verdict.kind).toBe("bot_better");
    const worse = holdoutReport([...rows("bot", 48, 80), ...rows("holdout", 56, 70)], { days: 30 });
    expect(worse.verdict.kind).toBe("team_better");
    expect(worse.resolvedDifference!.difference).toBeCloseTo(-0.2, 6);
    expect(holdoutReport([...rows("bot", 20, 40), ...rows("holdout", 19, 40)], { days: 30 }).verdict.kind).toBe("no_clear_difference");
  });
});

describe.each(testProviders())("holdout report on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const now = new Date("2026-11-23T15:00:00Z");

  it("compares every conversation of each group with the same outcome rules (intention to treat)", async () => {
    const shop = "holdout.myshopify.com";
    const ids = Array.from({ length: 400 }, (_, i) => `holdout-report-${i}`);
    const botIds = ids.filter((id) => holdoutBucket(id) >= 25);
    const heldIds = ids.filter((id) => holdoutBucket(id) < 25);
    const seed = (id: string, s: Omit<SeedConversation, "shop" | "createdAt" | "id">, createdAt = daysBefore(now, 4)) =>
      seedConversation(t.prisma, { id, shop, createdAt, ...s });
    const botAnswer = [{ kind: "automate" as const, codes: ["intent_automated"], intent: "order_status" }];
    const handoff = (code: string) => [{ kind: "handoff" as const, codes: [code] }];

    // Bot group: resolved (rated 5), resolved (rated 4), thumbs-down, abandoned, handed off and answered by the team
    // (a failure of the bot, but resolved: it stays in the bot group), and one too recent to judge.
    await seed(botIds[0], { messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 2 }], decisions: botAnswer, rating: 5 });
    await seed(botIds[1], { messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 4 }], decisions: botAnswer, rating: 4 });
    await seed(botIds[2], { messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 6, feedback: "down" }], decisions: botAnswer });
    await seed(botIds[3], { messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 8 }], decisions: [{ kind: "clarify", codes: ["low_confidence_clarify"] }] });
    await seed(botIds[4], { status: "closed", handoffReason: "asked", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 600 }], decisions: handoff("shopper_asked_for_human"), rating: 1 });
    await seed(botIds[5], { messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }], decisions: botAnswer }, daysBefore(now, 1));

    // Holdout group: answered by staff after 120 s and 300 s (one rated 5), never answered, and one that went to a
    // person for another reason (VIP) — still the holdout group.
    await seed(heldIds[0], { holdout: true, status: "closed", handoffReason: "held out", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 120 }], decisions: handoff("holdout"), rating: 5 });
    await seed(heldIds[1], { holdout: true, status: "human", handoffReason: "held out", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 300 }], decisions: handoff("holdout") });
    await seed(heldIds[2], { holdout: true, status: "waiting_for_human", handoffReason: "held out", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }], decisions: handoff("holdout") });
    await seed(heldIds[3], { status: "closed", handoffReason: "vip", messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 60 }], decisions: handoff("customer_tag") });

    const outcomes = await conversationOutcomes(t.prisma, shop, { now, holdoutPercent: 25 });
    const report = holdoutReport(outcomes, { days: 30 });

    expect(report.automated).toEqual({
      conversations: 6,
      judged: 5,
      resolved: 2,
      resolvedShare: 0.4,
      abandoned: 1,
      abandonedShare: 0.2,
      satisfied: 2,
      ratings: 3,
      satisfaction: 2 / 3,
      medianFirstReplyMs: 5000, // 1, 2, 4, 6, 8 and 600 s (the team answered the handed-off one)
      answered: 6,
    });
    expect(report.holdout).toEqual({
      conversations: 4,
      judged: 4,
      resolved: 3,
      resolvedShare: 0.75,
      abandoned: 0,
      abandonedShare: 0,
      satisfied: 1,
      ratings: 1,
      satisfaction: 1,
      medianFirstReplyMs: 120_000,
      answered: 3,
    });
    expect(report.resolvedDifference!.difference).toBeCloseTo(0.4 - 0.75, 6);
    expect(report.resolvedDifference!.lower).toBeLessThan(0);
    expect(report.resolvedDifference!.upper).toBeGreaterThan(0);
    expect(report.verdict.kind).toBe("too_early");
    expect(report.enoughData).toBe(false);
  });
});
