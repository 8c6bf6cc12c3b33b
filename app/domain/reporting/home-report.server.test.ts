import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { daysBefore, seedConversation } from "./fixtures.server";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import { homeReport } from "./home-report.server";

describe.each(testProviders())("home page report on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("gathers tiles, days, reasons and the holdout with the shop's settings", async () => {
    const shop = "home.myshopify.com";
    const now = new Date("2026-11-23T15:00:00Z");
    await saveShopSettings(t.prisma, shop, { holdoutPercent: 10, businessHours: { timezone: "Asia/Tokyo" }, notifications: { targetReplyMinutes: 60 } });
    const chat = [{ author: "shopper" as const, at: 0 }, { author: "bot" as const, at: 1 }];
    // Resolved by the bot; abandoned mid-flow; rated poorly; too recent; two handoffs; one too old.
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 4), messages: chat, decisions: [{ kind: "automate", codes: ["intent_automated"], intent: "order_status" }] });
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 4), messages: chat, decisions: [{ kind: "clarify", codes: ["missing_information"], intent: "order_status" }] });
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 4), messages: chat, decisions: [{ kind: "automate", codes: ["intent_automated"], intent: "order_status" }], rating: 1 });
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 1), messages: chat, decisions: [{ kind: "automate", codes: ["intent_automated"], intent: "order_status" }] });
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 2), holdout: true, handoffReason: "held out", status: "waiting_for_human", decisions: [{ kind: "handoff", codes: ["holdout"] }] });
    const closed = await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 3), handoffReason: "asked", status: "closed", decisions: [{ kind: "handoff", codes: ["shopper_asked_for_human"] }] });
    // Your team's side: replied 90 minutes after the handoff (past the 60-minute target), closed after 5 hours.
    const handedAt = daysBefore(now, 3);
    await t.prisma.conversation.update({
      where: { id: closed.id },
      data: { handoffAt: handedAt, firstHumanReplyAt: new Date(handedAt.getTime() + 90 * 60_000), resolvedAt: new Date(handedAt.getTime() + 300 * 60_000) },
    });
    await seedConversation(t.prisma, { shop, createdAt: daysBefore(now, 45), handoffReason: "asked", status: "waiting_for_human" });

    const report = await homeReport(t.prisma, shop, now);

    expect(report.summary).toEqual({
      total: 6,
      resolvedByBot: 1,
      resolvedByBotShare: 1 / 4, // of the 4 judged: resolved, abandoned, rated poorly, the closed handoff
      handedOff: 2,
      abandoned: 1,
      unresolvedByBot: 1,
      open: 2,
      waiting: 2,
    });
    expect(report.holdoutPercent).toBe(10);
    expect(report.timeZone).toBe("Asia/Tokyo");
    expect(report.daily).toHaveLength(30);
    expect(report.daily.at(-1)!.day).toBe("2026-11-24"); // already tomorrow in Tokyo
    expect(report.daily.reduce((n, d) => n + d.resolvedByBot + d.handedOff + d.abandoned + d.other, 0)).toBe(6);
    expect(report.reasons).toEqual([
      { code: "holdout", conversations: 1 },
      { code: "shopper_asked_for_human", conversations: 1 },
    ]);
    expect(report.holdout.holdout.conversations + report.holdout.automated.conversations).toBe(6);
    expect(report.serviceLevel).toEqual({
      handoffs: 1,
      replied: 1,
      resolved: 1,
      medianFirstReplyMinutes: 90,
      medianResolutionMinutes: 300,
      targetReplyMinutes: 60,
      waitedPastTarget: 1,
    });
  });

  it("reports a holdout of 0% for a shop that never saved settings", async () => {
    const report = await homeReport(t.prisma, "fresh.myshopify.com", new Date("2026-11-23T15:00:00Z"));
    expect(report.holdoutPercent).toBe(0);
    expect(report.summary.total).toBe(0);
    expect(report.summary.resolvedByBotShare).toBeNull();
  });
});
