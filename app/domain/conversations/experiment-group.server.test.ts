import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { loadShopSettings, saveShopSettings } from "../settings/shop-settings-store.server";
import { conversationOutcomes } from "../reporting/outcomes.server";
import { holdoutReport } from "../reporting/holdout-report.server";
import { drawExperimentGroup, experimentGroupOf, holdoutBucket } from "../routing/holdout";
import { experimentKey } from "./conversation-store.server";
import { createShopperMessagePipeline } from "./default-pipeline.server";
import { handleShopperMessage } from "./handle-shopper-message.server";

// The holdout group is drawn when a conversation starts and stored: changing the percentage afterwards moves
// neither the routing of an ongoing conversation nor the intention-to-treat comparison of past ones.
const NOON = new Date("2026-11-18T17:00:00Z");

describe("drawExperimentGroup", () => {
  it("holds out the keys whose bucket is below the percentage, the same way every time", () => {
    const keys = Array.from({ length: 400 }, (_, i) => `shop:visitor-${i}:key`);
    expect(keys.filter((k) => drawExperimentGroup(0, k) === "holdout")).toEqual([]);
    const at20 = keys.filter((k) => drawExperimentGroup(20, k) === "holdout");
    expect(at20.length).toBeGreaterThan(40);
    expect(at20.length).toBeLessThan(120);
    expect(at20.every((k) => holdoutBucket(k) < 20 && drawExperimentGroup(20, k) === "holdout")).toBe(true);
  });

  it("reads a stored group before the bucket, which only older conversations fall back to", () => {
    expect(experimentGroupOf({ id: "any", experimentGroup: "bot" }, 100)).toBe("bot");
    expect(experimentGroupOf({ id: "any", experimentGroup: "holdout" }, 0)).toBe("holdout");
    expect(experimentGroupOf({ id: "any", experimentGroup: null }, 100)).toBe("holdout");
    expect(experimentGroupOf({ id: "any", experimentGroup: null }, 0)).toBe("bot");
  });
});

describe.each(testProviders())("experiment group stored at the start, on %s", (provider) => {
  let t: TestDatabase;
  let admin: Awaited<ReturnType<typeof createSimulatedAdmin>>;
  let n = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    shopDataCache.clear();
    admin = await createSimulatedAdmin();
  });

  const pipeline = () =>
    createShopperMessagePipeline({ db: t.prisma, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => NOON });
  // A visitor whose new conversation's bucket is below 50: held out at 50%, not at 0%.
  const lowBucketVisitor = () => {
    for (;;) {
      const visitorId = `visitor-${provider}-${++n}`;
      if (holdoutBucket(experimentKey({ shop: TEST_SHOP, visitorId, clientKey: `key-${visitorId}` })) < 50) return visitorId;
    }
  };
  const send = (visitorId: string, text: string, conversationId: string | null = null) =>
    handleShopperMessage(pipeline(), {
      shop: TEST_SHOP,
      customerId: null,
      visitorId,
      conversationId,
      conversationKey: `key-${visitorId}`,
      clientMessageId: `client-${provider}-${++n}`,
      text,
    });
  const setHoldoutPercent = async (holdoutPercent: number) => {
    const saved = await saveShopSettings(t.prisma, TEST_SHOP, { ...(await loadShopSettings(t.prisma, TEST_SHOP)), holdoutPercent });
    expect(saved.ok).toBe(true);
  };
  const groupOf = async (id: string) => (await t.prisma.conversation.findUniqueOrThrow({ where: { id } })).experimentGroup;

  it("keeps existing conversations in their group when the percentage changes", async () => {
    await setHoldoutPercent(50);
    const heldOut = await send(lowBucketVisitor(), "what is your return policy?");
    expect(await groupOf(heldOut.conversationId)).toBe("holdout");
    expect(heldOut.status).toBe("waiting_for_human");

    // Same kind of visitor, started while the holdout is off: the bot's.
    await setHoldoutPercent(0);
    const botVisitor = lowBucketVisitor();
    const botFirst = await send(botVisitor, "what is your return policy?");
    expect(await groupOf(botFirst.conversationId)).toBe("bot");
    expect(botFirst.status).toBe("bot");

    // Turning the holdout back on does not pull the ongoing bot conversation into it.
    await setHoldoutPercent(50);
    const next = await send(botVisitor, "how long does shipping take?", botFirst.conversationId);
    expect(next.status).toBe("bot");
    expect(await groupOf(botFirst.conversationId)).toBe("bot");
    const decisions = await t.prisma.routingDecisionRecord.findMany({ where: { conversationId: botFirst.conversationId } });
    expect(decisions.map((d) => d.kind)).toEqual(["automate", "automate"]);

    // The comparison reads the stored groups whatever the percentage is now.
    for (const holdoutPercent of [0, 50]) {
      const outcomes = await conversationOutcomes(t.prisma, TEST_SHOP, { now: new Date(), since: new Date(0), holdoutPercent });
      const groups = Object.fromEntries(outcomes.map((o) => [o.id, o.group]));
      expect(groups[heldOut.conversationId]).toBe("holdout");
      expect(groups[botFirst.conversationId]).toBe("bot");
      const report = holdoutReport(outcomes, { days: 30 });
      expect(report.holdout.conversations).toBe(1);
      expect(report.automated.conversations).toBe(1);
    }
  });
});
