import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../app/testing/test-database.server";
import { buildApp, burstBodies, sendMessage, startBurst, startInstance, storedOnceSettled, type Instance } from "./instances";

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
    SWITCHBOARD_QUEUE_PREFIX: queuePrefix,
    // Production's shared parts: BullMQ jobs and Redis limits, not the demo's embedded defaults.
    SWITCHBOARD_DEMO_REDIS: "1",
  });
  const queuePrefix = `switchboard-test-${Date.now()}`;

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

  it("gives every stored message exactly one outcome when an instance is SIGKILLed mid-burst", async () => {
    const victim = await startInstance(env());
    const survivor = instances[0];
    const stamp = Date.now();
    // Warm: the first message loads the model; the burst should meet an instance at full speed.
    expect((await sendMessage(victim, { visitorId: `warm-${stamp}`, clientMessageId: `warm-${stamp}`, text: "hello" })).status).toBe(200);
    const bodies = burstBodies("kill", 150, stamp);
    const burst = startBurst(victim, bodies, 5);
    // Kill it mid-burst: once some messages were answered, while others are on their way (however fast the machine).
    await burst.untilAnswered(10);
    victim.process.kill("SIGKILL");
    await victim.exited;
    const results = await burst.results;
    const failed = bodies.filter((_, i) => results[i].status !== 200);
    // The bubble retries what failed, with the same client id, through the load balancer (here: the survivor);
    // every other failed message is left to the recovery job.
    const retried = failed.filter((_, i) => i % 2 === 0);
    await Promise.all(retried.map((body) => sendMessage(survivor, body)));

    const stored = await storedOnceSettled(db.prisma, bodies);
    const recovered = stored.filter((m) => !retried.some((b) => b.clientMessageId === m.clientMessageId) && !bodies.some((b, i) => b.clientMessageId === m.clientMessageId && results[i].status === 200));
    console.info(
      `SIGKILL burst: ${bodies.length} sent, ${bodies.length - failed.length} answered before the kill, ${failed.length} failed at the client, ` +
        `${retried.length} retried, ${stored.length} stored, ${recovered.length} finished by the recovery job`,
    );
    // The kill really hit the burst: some messages were answered by the victim and some were not.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(bodies.length);
    expect(stored.filter((m) => m.state !== "done")).toEqual([]);
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(stored.length);
    // Every message that reached the database: answered by the request, by the retry or by recovery — once.
    const decisions = await db.prisma.routingDecisionRecord.findMany({ where: { messageId: { in: stored.map((m) => m.id) } } });
    expect(decisions).toHaveLength(stored.length);
    expect(new Set(decisions.map((d) => d.messageId)).size).toBe(stored.length);
    // Nothing the client saw succeed, or retried, is missing.
    const mustExist = new Set([...bodies.filter((_, i) => results[i].status === 200), ...retried].map((b) => b.clientMessageId));
    expect([...mustExist].filter((id) => !stored.some((m) => m.clientMessageId === id))).toEqual([]);
  });
});
