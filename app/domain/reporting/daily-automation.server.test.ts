import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { dailyAutomation } from "./daily-automation.server";
import { seedConversation } from "./fixtures.server";
import { conversationOutcomes } from "./outcomes.server";

describe.each(testProviders())("daily automation on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("counts conversations per shop-local day by how they ended", async () => {
    const shop = "daily.myshopify.com";
    const now = new Date("2026-11-23T15:00:00Z");
    const answered = { messages: [{ author: "shopper" as const, at: 0 }, { author: "bot" as const, at: 1 }], decisions: [{ kind: "automate" as const, codes: ["intent_automated"], intent: "order_status" }] };
    const asked = { messages: answered.messages, decisions: [{ kind: "clarify" as const, codes: ["low_confidence_clarify"], intent: "other" }] };
    const handoff = { handoffReason: "asked", decisions: [{ kind: "handoff" as const, codes: ["shopper_asked_for_human"] }] };
    const at = (iso: string, seed: object = {}) => seedConversation(t.prisma, { shop, createdAt: new Date(iso), ...seed });
    await at("2026-11-23T14:00:00Z", answered); // too recent to judge
    await at("2026-11-23T14:20:00Z", handoff);
    await at("2026-11-19T14:00:00Z", answered);
    await at("2026-11-19T15:00:00Z", asked); // abandoned
    await at("2026-11-21T03:00:00Z", handoff); // 22:00 on Nov 20 in New York
    await at("2026-10-25T12:00:00Z", answered); // the first of the 30 days
    await at("2026-10-24T12:00:00Z", handoff); // too old
    await seedConversation(t.prisma, { shop: "other.myshopify.com", createdAt: new Date("2026-11-23T14:00:00Z") });

    const outcomes = await conversationOutcomes(t.prisma, shop, { now, holdoutPercent: 0 });
    const days = dailyAutomation(outcomes, { now, timeZone: "America/New_York" });

    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: "2026-10-25", resolvedByBot: 1, handedOff: 0, abandoned: 0, other: 0 });
    expect(days[29]).toEqual({ day: "2026-11-23", resolvedByBot: 0, handedOff: 1, abandoned: 0, other: 1 });
    expect(days.find((d) => d.day === "2026-11-19")).toEqual({ day: "2026-11-19", resolvedByBot: 1, handedOff: 0, abandoned: 1, other: 0 });
    expect(days.find((d) => d.day === "2026-11-20")).toEqual({ day: "2026-11-20", resolvedByBot: 0, handedOff: 1, abandoned: 0, other: 0 });
    expect(days.reduce((n, d) => n + d.resolvedByBot + d.handedOff + d.abandoned + d.other, 0)).toBe(6);
  });

  it("returns 30 empty days for a shop with no conversations", async () => {
    const days = dailyAutomation([], { now: new Date("2026-11-23T15:00:00Z"), timeZone: "UTC" });
    expect(days).toHaveLength(30);
    expect(days.every((d) => d.resolvedByBot + d.handedOff + d.abandoned + d.other === 0)).toBe(true);
  });
});
