import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../app/testing/test-database.server";
import { buildApp, burstBodies, sendMessage, startBurst, startInstance, storedOnceSettled, type Instance } from "./instances";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

// A database that goes away for a few seconds in the middle of a burst (network blip, failover, restart):
// the instance keeps running, answers what it cannot do with a retryable 503 (never a 500), and every
// message that reached the database ends with exactly one outcome once the database is back.
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const OUTAGE_MS = 4_000;

describe("the database goes away for a few seconds", () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let instance: Instance;

  beforeAll(async () => {
    buildApp();
    db = await createTestDatabase("postgresql");
    const direct = new URL(db.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    instance = await startInstance({
      DATABASE_URL: viaProxy.toString(),
      REDIS_URL,
      SWITCHBOARD_RATE_LIMITS: "visitor=1000/60,address=100000/60,shop=100000/60,lookups=1000/60",
      SWITCHBOARD_QUEUE_PREFIX: `switchboard-outage-${Date.now()}`,
      SWITCHBOARD_DEMO_REDIS: "1",
    });
  });
  afterAll(async () => {
    await instance?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it("answers or hands off every stored message, and never answers 500, when the database drops mid-burst", async () => {
    const stamp = Date.now();
    expect((await sendMessage(instance, { visitorId: `warm-${stamp}`, clientMessageId: `warm-${stamp}`, text: "hello" })).status).toBe(200);
    const bodies = burstBodies("outage", 80, stamp);
    const burst = startBurst(instance, bodies, 50);
    // Cut once the burst is under way (whatever the machine's speed), restore a few seconds later.
    await burst.untilAnswered(5);
    proxy.cut();
    const cutAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    proxy.restore();
    const results = await burst.results;
    const statuses = results.map((r) => r.status);
    const failed = bodies.filter((_, i) => statuses[i] !== 200);
    console.info(
      `database outage: cut after ${burst.answered()} answers for ${Date.now() - cutAt} ms; statuses ` +
        JSON.stringify(Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]))),
    );
    // The outage really hit the burst, and the instance said "try again" rather than failing hard.
    expect(failed.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // The process survived the cut: it serves again once the database is back.
    expect(instance.process.exitCode).toBeNull();

    // The bubble retries a 503 with the same client id after the advertised delay; half of the failed ones
    // here, the other half are left to the recovery job (the shopper closed the tab).
    const retried = failed.filter((_, i) => i % 2 === 0);
    const retriedResults = await Promise.all(retried.map((body) => sendMessage(instance, body)));
    expect(retriedResults.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);

    const stored = await storedOnceSettled(db.prisma, bodies);
    expect(stored.filter((m) => m.state !== "done")).toEqual([]);
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(stored.length);
    const decisions = await db.prisma.routingDecisionRecord.findMany({ where: { messageId: { in: stored.map((m) => m.id) } } });
    expect(decisions).toHaveLength(stored.length);
    expect(new Set(decisions.map((d) => d.messageId)).size).toBe(stored.length);
    // Everything the client saw succeed, or retried, is stored.
    const mustExist = new Set([...bodies.filter((_, i) => statuses[i] === 200), ...retried].map((b) => b.clientMessageId));
    expect([...mustExist].filter((id) => !stored.some((m) => m.clientMessageId === id))).toEqual([]);
    // Every answered message has a reply or a handoff in its conversation.
    for (const message of stored) {
      const outcome = await db.prisma.message.count({ where: { conversationId: message.conversationId, author: { in: ["bot", "system"] } } });
      const conversation = await db.prisma.conversation.findUniqueOrThrow({ where: { id: message.conversationId } });
      expect(outcome > 0 || conversation.status !== "bot").toBe(true);
    }
  });
});
