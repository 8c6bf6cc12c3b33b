import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../app/testing/test-database.server";
import { buildApp, sendMessage, startInstance, type Instance } from "./instances";

// Several stateless app instances on one PostgreSQL (and Redis for shared limits and jobs), as in production.
const TEXTS = ["hello", "what is your return policy?", "how long does shipping take?", "what is your return policy?"];
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

describe("two app instances on one PostgreSQL", () => {
  let db: TestDatabase;
  let instances: Instance[] = [];
  const env = () => ({
    DATABASE_URL: db.url,
    REDIS_URL,
    // Every request of this test comes from one address; the limits themselves are tested elsewhere.
    SWITCHBOARD_RATE_LIMITS: "visitor=1000/60,address=100000/60,shop=100000/60,lookups=1000/60",
  });

  beforeAll(async () => {
    buildApp();
    db = await createTestDatabase("postgresql");
    instances = await Promise.all([startInstance(env()), startInstance(env())]);
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await db?.drop();
  });

  it("stores every message once and answers it once, in order, when a burst hits both instances twice over", async () => {
    const conversations = Array.from({ length: 12 }, (_, c) => ({ visitorId: `visitor-burst-${c}-${Date.now()}`, conversationKey: `key-burst-${c}-${Date.now()}` }));
    const sends: Promise<{ status: number }>[] = [];
    for (const [c, conversation] of conversations.entries()) {
      TEXTS.forEach((text, m) => {
        const body = { ...conversation, clientMessageId: `client-${c}-${m}-${Date.now()}`, text };
        // The same message to both instances (a retry that crossed the load balancer), all at once.
        sends.push(sendMessage(instances[0], body), sendMessage(instances[1], body));
      });
    }
    const results = await Promise.all(sends);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);

    const stored = await db.prisma.message.findMany({ where: { author: "shopper" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(stored).toHaveLength(conversations.length * TEXTS.length);
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(stored.length);
    expect(stored.every((m) => m.state === "done")).toBe(true);
    expect(await db.prisma.conversation.count()).toBe(conversations.length);

    const decisions = await db.prisma.routingDecisionRecord.findMany({ orderBy: { createdAt: "asc" } });
    for (const conversation of await db.prisma.conversation.findMany()) {
      const mine = stored.filter((m) => m.conversationId === conversation.id);
      const decided = decisions.filter((d) => d.conversationId === conversation.id);
      // One decision per message, made in the order the messages were stored.
      expect(decided.map((d) => d.messageId)).toEqual(mine.map((m) => m.id));
    }
  });
});
