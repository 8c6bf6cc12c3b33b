import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { closeConversation, markWaitingForHuman, replyAsStaff } from "../conversations/inbox.server";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import { median, serviceLevelReport, usualReplyMinutes } from "./service-level.server";

describe.each(testProviders())("service level on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("measures first human reply and resolution from the handoff, and counts waits past the target", async () => {
    const shop = "sla.myshopify.com";
    await saveShopSettings(t.prisma, shop, { notifications: { targetReplyMinutes: 30 } });
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
    const handoff = async (minutesAgo: number) => {
      const c = await t.prisma.conversation.create({ data: { shop, visitorId: `v-${minutesAgo}`, status: "waiting_for_human" } });
      await markWaitingForHuman(t.prisma, c.id, at(minutesAgo));
      return c;
    };
    // Replied after 10 and 50 minutes (one past the 30-minute target), one still waiting for 45 minutes, one closed.
    const quick = await handoff(120);
    await replyAsStaff(t.prisma, shop, quick.id, { body: "hi", staffName: "Sam" });
    await t.prisma.conversation.update({ where: { id: quick.id }, data: { firstHumanReplyAt: at(110) } });
    await closeConversation(t.prisma, shop, quick.id, at(60));
    const slow = await handoff(100);
    await replyAsStaff(t.prisma, shop, slow.id, { body: "sorry", staffName: "Ana" });
    await t.prisma.conversation.update({ where: { id: slow.id }, data: { firstHumanReplyAt: at(50) } });
    await handoff(45);
    await handoff(5);

    const report = await serviceLevelReport(t.prisma, shop, new Date(now));
    expect(report).toMatchObject({ handoffs: 4, replied: 2, resolved: 1, medianFirstReplyMinutes: 30, medianResolutionMinutes: 60, waitedPastTarget: 2, targetReplyMinutes: 30 });
    expect(await usualReplyMinutes(t.prisma, shop, new Date(now))).toBeNull();
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
