import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { RUNNER_KINDS, runnerFactory, stopStartedRunners, waitFor, type RunnerKind } from "../testing/job-runners.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../testing/test-database.server";
import { assertRedisReachable, deleteRedisKeys, uniqueRedisPrefix } from "../testing/test-redis.server";
import { dispatchOutbox, enqueueInTransaction, OUTBOX_RETENTION_MS, purgeDispatchedOutbox } from "./outbox.server";
import { dispatchOutboxJob, purgeExpiredJob } from "./registry.server";
import { defineJob, type JobServices } from "./types";

// The outbox on both databases, with both runners: a job written in a transaction is dispatched if and
// only if the transaction commits, exactly once, even when dispatchers race or the process "dies"
// before dispatching.

const prefix = uniqueRedisPrefix("outbox");

beforeAll(() => assertRedisReachable());
afterEach(stopStartedRunners);
afterAll(() => deleteRedisKeys(prefix));

function notifyJob() {
  const runs: string[] = [];
  const definition = defineJob({
    name: "notify-handoff",
    payload: z.object({ conversationId: z.string() }),
    backoffMs: 20,
    async run(payload) {
      runs.push(payload.conversationId);
    },
  });
  return { definition, runs };
}

const cases = testProviders().flatMap((provider) => RUNNER_KINDS.map((kind) => [provider, kind] as const));

describe.each(cases)("outbox on %s with the %s runner", (provider, kind: RunnerKind) => {
  let database: TestDatabase;
  let services: JobServices;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    services = { db: database.prisma, now: () => new Date(), adminFor: async () => null };
  });
  afterAll(() => database.drop());
  // Each case starts from an empty outbox: a scheduled dispatch must only find that case's rows.
  afterEach(() => database.prisma.jobOutbox.deleteMany());

  it("never dispatches a row whose transaction rolled back", async () => {
    const { definition, runs } = notifyJob();
    const runner = runnerFactory(kind, prefix).instance([definition], { services });
    await runner.start();
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.shopSettings.create({ data: { shop: "rollback.myshopify.com", settings: "{}" } });
        await enqueueInTransaction(tx, "notify-handoff", { conversationId: "c-rolled-back" }, { key: "handoff:c-rolled-back" });
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow(/state change failed/);
    expect(await dispatchOutbox(services, runner)).toEqual({ dispatched: 0, failed: 0 });
    await runner.drain();
    expect(runs).toEqual([]);
    expect(await database.prisma.jobOutbox.count({ where: { key: "handoff:c-rolled-back" } })).toBe(0);
  });

  it("treats a duplicate key as a no-op that does not abort the transaction", async () => {
    const key = `handoff:dup-${kind}`;
    await database.prisma.$transaction(async (tx) => {
      await enqueueInTransaction(tx, "notify-handoff", { conversationId: "first" }, { key });
      await enqueueInTransaction(tx, "notify-handoff", { conversationId: "second" }, { key });
      // A PostgreSQL transaction that saw an error would refuse this statement and the commit.
      await tx.shopSettings.create({ data: { shop: `dup-${kind}.myshopify.com`, settings: "{}" } });
    });
    // Two transactions racing on one key both commit.
    await Promise.all(
      ["a", "b"].map((suffix) =>
        database.prisma.$transaction(async (tx) => {
          await enqueueInTransaction(tx, "notify-handoff", { conversationId: `race-${suffix}` }, { key: `${key}-race` });
          await tx.shopSettings.create({ data: { shop: `race-${suffix}-${kind}.myshopify.com`, settings: "{}" } });
        }),
      ),
    );
    const rows = await database.prisma.jobOutbox.findMany({ where: { key: { startsWith: key } }, orderBy: { key: "asc" } });
    expect(rows.map((row) => [row.key, JSON.parse(row.payload).conversationId])).toEqual([
      [key, "first"],
      [`${key}-race`, expect.stringMatching(/^race-[ab]$/)],
    ]);
    expect(await database.prisma.shopSettings.count({ where: { shop: { endsWith: `${kind}.myshopify.com` } } })).toBe(3);
  });

  it("dispatches a committed row once, even when two dispatchers race", async () => {
    const { definition, runs } = notifyJob();
    const factory = runnerFactory(kind, prefix);
    const first = factory.instance([definition], { services });
    // BullMQ: a second app instance on the same queue. In-process: one process, two dispatch calls.
    const second = kind === "bullmq" ? factory.instance([definition], { services }) : first;
    await Promise.all([first.start(), second.start()]);
    const key = `handoff:race-${kind}`;
    await database.prisma.$transaction((tx) =>
      enqueueInTransaction(tx, "notify-handoff", { conversationId: `c-race-${kind}` }, { key }),
    );
    const results = await Promise.all([dispatchOutbox(services, first), dispatchOutbox(services, second)]);
    expect(results.reduce((sum, result) => sum + result.failed, 0)).toBe(0);
    expect(results.reduce((sum, result) => sum + result.dispatched, 0)).toBeGreaterThanOrEqual(1);
    await Promise.all([first.drain(), second.drain()]);
    // And once more after it ran: still once.
    await dispatchOutbox(services, first);
    await first.drain();
    expect(runs).toEqual([`c-race-${kind}`]);
    const row = await database.prisma.jobOutbox.findUniqueOrThrow({ where: { key } });
    expect(row.dispatchedAt).not.toBeNull();
  });

  it("picks up a committed row that was never dispatched (crash after commit) with the scheduled dispatch", async () => {
    const { definition, runs } = notifyJob();
    const key = `handoff:crash-${kind}`;
    // The "crashed" process committed and died before its after-commit dispatch.
    await database.prisma.$transaction((tx) =>
      enqueueInTransaction(tx, "notify-handoff", { conversationId: `c-crash-${kind}` }, { key }),
    );
    // A restarted (or other) instance: only the scheduled dispatch-outbox job moves the row.
    const runner = runnerFactory(kind, prefix).instance([definition, { ...dispatchOutboxJob, everyMs: 200 }], { services });
    await runner.start();
    await waitFor(() => runs.length > 0);
    await waitFor(async () => (await database.prisma.jobOutbox.findUniqueOrThrow({ where: { key } })).dispatchedAt !== null);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(runs).toEqual([`c-crash-${kind}`]);
  });

  it("keeps a row for later until it is due, then dispatches it with the remaining delay", async () => {
    const { definition, runs } = notifyJob();
    const runner = runnerFactory(kind, prefix).instance([definition], { services });
    await runner.start();
    const key = `handoff:later-${kind}`;
    await database.prisma.$transaction((tx) =>
      enqueueInTransaction(tx, "notify-handoff", { conversationId: "later" }, { key, delayMs: 60_000 }),
    );
    expect(await dispatchOutbox(services, runner)).toEqual({ dispatched: 0, failed: 0 });
    const inAMinute = { ...services, now: () => new Date(Date.now() + 60_000) };
    expect(await dispatchOutbox(inAMinute, runner)).toEqual({ dispatched: 1, failed: 0 });
    await runner.drain();
    expect(runs).toEqual(["later"]);
  });

  it("leaves a row for a job this instance does not know undispatched, for one that does", async () => {
    const runner = runnerFactory(kind, prefix).instance([notifyJob().definition], { services });
    await runner.start();
    const key = `future-job-${kind}`;
    await database.prisma.$transaction((tx) => enqueueInTransaction(tx, "job-from-a-newer-version", {}, { key }));
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(args));
    const result = await dispatchOutbox(services, runner).finally(() => spy.mockRestore());
    expect(result.failed).toBe(1);
    expect(String(logged[0]?.[0])).toMatch(/could not be dispatched/);
    expect((await database.prisma.jobOutbox.findUniqueOrThrow({ where: { key } })).dispatchedAt).toBeNull();
    await database.prisma.jobOutbox.delete({ where: { key } });
  });

  it("purge-expired deletes dispatched outbox rows older than 7 days and expired rate limits, nothing else", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - OUTBOX_RETENTION_MS - 60_000);
    const recent = new Date(now.getTime() - OUTBOX_RETENTION_MS + 60_000);
    const base = { name: "notify-handoff", payload: "{}", runAt: old };
    await database.prisma.jobOutbox.createMany({
      data: [
        { ...base, key: `purge-old-${kind}`, dispatchedAt: old },
        { ...base, key: `purge-recent-${kind}`, dispatchedAt: recent },
        { ...base, key: `purge-undispatched-${kind}`, dispatchedAt: null },
      ],
    });
    await database.prisma.rateLimit.createMany({
      data: [
        { key: `expired-${kind}`, points: 3, expire: new Date(now.getTime() - 1_000) },
        { key: `live-${kind}`, points: 3, expire: new Date(now.getTime() + 60_000) },
        { key: `forever-${kind}`, points: 3, expire: null },
      ],
    });
    const runner = runnerFactory(kind, prefix).instance([{ ...purgeExpiredJob, everyMs: undefined }], { services });
    await runner.start();
    await runner.enqueue("purge-expired", {});
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "info").mockImplementation((...args) => void logged.push(args));
    await runner.drain().finally(() => spy.mockRestore());
    expect(logged).toContainEqual(["purge-expired: deleted 1 dispatched outbox row(s)"]);
    expect(logged).toContainEqual(["purge-expired: deleted 1 expired rate-limit row(s)"]);
    const limits = await database.prisma.rateLimit.findMany({ where: { key: { endsWith: `-${kind}` } } });
    expect(limits.map((row) => row.key).sort()).toEqual([`forever-${kind}`, `live-${kind}`]);
    const left = await database.prisma.jobOutbox.findMany({ where: { key: { startsWith: "purge-" } } });
    expect(left.map((row) => row.key).sort()).toEqual([`purge-recent-${kind}`, `purge-undispatched-${kind}`]);
    expect(await purgeDispatchedOutbox(services)).toBe(0);
    await database.prisma.jobOutbox.deleteMany({ where: { key: { startsWith: "purge-" } } });
  });
});
