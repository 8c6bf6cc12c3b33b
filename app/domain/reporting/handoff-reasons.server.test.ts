import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { daysBefore, seedConversation } from "./fixtures.server";
import { handoffReasonCounts } from "./handoff-reasons.server";

describe.each(testProviders())("handoff reasons on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("counts each reason once per conversation, from handoff decisions in the last 30 days only", async () => {
    const shop = "reasons.myshopify.com";
    const now = new Date("2026-11-23T15:00:00Z");
    const seed = (createdAt: Date, decisions: Parameters<typeof seedConversation>[1]["decisions"], s = shop) =>
      seedConversation(t.prisma, { shop: s, createdAt, handoffReason: "x", decisions });
    await seed(daysBefore(now, 2), [
      { kind: "handoff", codes: ["shopper_asked_for_human", "outside_business_hours"] },
      // Later messages while a person owns it: neither a new cause nor a second count.
      { kind: "handoff", codes: ["human_owns_conversation"], at: 60 },
      { kind: "handoff", codes: ["shopper_asked_for_human"], at: 120 },
    ]);
    await seed(daysBefore(now, 3), [{ kind: "handoff", codes: ["shopper_asked_for_human"] }]);
    await seed(daysBefore(now, 4), [
      { kind: "automate", codes: ["intent_automated"] },
      { kind: "clarify", codes: ["low_confidence_clarify"], at: 10 },
      { kind: "handoff", codes: ["negative_sentiment"], at: 20 },
    ]);
    await seed(daysBefore(now, 5), [{ kind: "handoff", codes: [], rawReasons: "not json" }]);
    await seed(daysBefore(now, 40), [{ kind: "handoff", codes: ["customer_tag"] }]);
    await seed(daysBefore(now, 1), [{ kind: "handoff", codes: ["customer_tag"] }], "other.myshopify.com");

    expect(await handoffReasonCounts(t.prisma, shop, { now })).toEqual([
      { code: "shopper_asked_for_human", conversations: 2 },
      { code: "negative_sentiment", conversations: 1 },
      { code: "outside_business_hours", conversations: 1 },
    ]);
  });

  it("is empty for a shop without handoffs", async () => {
    expect(await handoffReasonCounts(t.prisma, "quiet.myshopify.com", { now: new Date() })).toEqual([]);
  });
});
