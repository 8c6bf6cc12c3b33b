import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { dailyAutomation } from "./daily-automation.server";
import { seedConversation } from "./fixtures.server";

describe.each(testProviders())("daily automation on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("counts conversations per shop-local day, bot-only vs handed to a person", async () => {
    const shop = "daily.myshopify.com";
    const now = new Date("2026-11-23T15:00:00Z");
    const at = (iso: string, handoffReason: string | null = null) => seedConversation(t.prisma, { shop, createdAt: new Date(iso), handoffReason });
    await at("2026-11-23T14:00:00Z");
    await at("2026-11-23T14:10:00Z");
    await at("2026-11-23T14:20:00Z", "asked for a person");
    await at("2026-11-21T03:00:00Z", "negative sentiment"); // 22:00 on Nov 20 in New York
    await at("2026-10-25T12:00:00Z"); // the first of the 30 days
    await at("2026-10-24T12:00:00Z", "too old");
    await seedConversation(t.prisma, { shop: "other.myshopify.com", createdAt: new Date("2026-11-23T14:00:00Z") });

    const days = await dailyAutomation(t.prisma, shop, { now, timeZone: "America/New_York" });

    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: "2026-10-25", botOnly: 1, handedOff: 0 });
    expect(days[29]).toEqual({ day: "2026-11-23", botOnly: 2, handedOff: 1 });
    expect(days.find((d) => d.day === "2026-11-20")).toEqual({ day: "2026-11-20", botOnly: 0, handedOff: 1 });
    expect(days.find((d) => d.day === "2026-11-21")).toEqual({ day: "2026-11-21", botOnly: 0, handedOff: 0 });
    expect(days.reduce((n, d) => n + d.botOnly, 0)).toBe(3);
    expect(days.reduce((n, d) => n + d.handedOff, 0)).toBe(2);
  });

  it("returns 30 empty days for a shop with no conversations", async () => {
    const days = await dailyAutomation(t.prisma, "empty.myshopify.com", { now: new Date("2026-11-23T15:00:00Z"), timeZone: "UTC" });
    expect(days).toHaveLength(30);
    expect(days.every((d) => d.botOnly === 0 && d.handedOff === 0)).toBe(true);
  });
});
