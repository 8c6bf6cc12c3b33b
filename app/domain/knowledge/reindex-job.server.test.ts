import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { InProcessJobRunner } from "../../jobs/in-process-runner.server";
import { createTestDatabase, type TestDatabase } from "~/testing/test-database.server";
import type { EnqueueOptions, JobQueue } from "../../jobs/types";
import { InProcessKnowledgeQueue } from "./job-queue.server";
import { handleContentWebhook, REINDEX_JOB, REINDEX_WINDOW_MS, reindexShopContentJob } from "./reindex-job.server";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("sqlite");
});
afterAll(() => t.drop());

class RecordingQueue implements JobQueue {
  readonly calls: Array<{ name: string; payload: unknown; options?: EnqueueOptions }> = [];
  async enqueue(name: string, payload: unknown, options?: EnqueueOptions) {
    this.calls.push({ name, payload, options });
  }
}

describe("product webhooks enqueue a coalesced reindex", () => {
  it("a storm of updates within a window shares one dedupe key that runs after the window", async () => {
    const jobs = new RecordingQueue();
    const start = 10 * REINDEX_WINDOW_MS + 5_000;
    for (let i = 0; i < 50; i++) {
      expect(await handleContentWebhook({ shop: TEST_SHOP, topic: "products/update", payload: { id: 8000 + i, title: "x" } }, jobs, start + i * 100)).toEqual({ ok: true });
    }
    const keys = new Set(jobs.calls.map((c) => c.options?.key));
    expect(keys).toEqual(new Set([`reindex:${TEST_SHOP}:10`]));
    expect(jobs.calls[0]).toMatchObject({ name: REINDEX_JOB, payload: { shop: TEST_SHOP }, options: { delayMs: REINDEX_WINDOW_MS - 5_000 } });
    // The next window gets its own rebuild, so later edits are never swallowed.
    await handleContentWebhook({ shop: TEST_SHOP, topic: "PRODUCTS_DELETE", payload: { id: 1 } }, jobs, start + REINDEX_WINDOW_MS);
    expect(jobs.calls.at(-1)?.options?.key).toBe(`reindex:${TEST_SHOP}:11`);
  });

  it("rejects a payload without a product id and an unexpected topic with a 400, enqueuing nothing", async () => {
    const jobs = new RecordingQueue();
    expect(await handleContentWebhook({ shop: TEST_SHOP, topic: "products/update", payload: { title: "no id" } }, jobs)).toMatchObject({ ok: false, status: 400 });
    expect(await handleContentWebhook({ shop: TEST_SHOP, topic: "orders/create", payload: { id: 1 } }, jobs)).toMatchObject({ ok: false, status: 400 });
    expect(jobs.calls).toEqual([]);
  });
});

describe("reindex-shop-content job", () => {
  it("rebuilds and stores the shop's passages; a second run is harmless", async () => {
    const admin = await createSimulatedAdmin(TEST_SHOP);
    const services = { db: t.prisma, now: () => new Date(), adminFor: async () => admin };
    const jobs = new RecordingQueue();
    await reindexShopContentJob.run({ shop: TEST_SHOP }, { services, jobs, attempt: 1 });
    const first = await t.prisma.shopContentIndex.findFirstOrThrow({ where: { shop: TEST_SHOP } });
    await reindexShopContentJob.run({ shop: TEST_SHOP }, { services, jobs, attempt: 1 });
    const second = await t.prisma.shopContentIndex.findFirstOrThrow({ where: { shop: TEST_SHOP } });
    expect(first.passageCount).toBeGreaterThan(50);
    expect(second).toMatchObject({ passages: first.passages, version: first.version + 1 });
  });

  it("does nothing for an uninstalled shop", async () => {
    const services = { db: t.prisma, now: () => new Date(), adminFor: async () => null };
    await reindexShopContentJob.run({ shop: "gone.myshopify.com" }, { services, jobs: new RecordingQueue(), attempt: 1 });
    expect(await t.prisma.shopContentIndex.count({ where: { shop: "gone.myshopify.com" } })).toBe(0);
  });

  it("refuses a payload that isn't a myshopify domain", () => {
    expect(reindexShopContentJob.payload.safeParse({ shop: "evil.example.com" }).success).toBe(false);
  });

  it("the in-process fallback queue runs one job per key", async () => {
    const admin = await createSimulatedAdmin("fallback-shop.myshopify.com");
    let runs = 0;
    const queue = new InProcessKnowledgeQueue(async () => ({ db: t.prisma, now: () => new Date(), adminFor: async () => (runs++, admin) }));
    await queue.enqueue(REINDEX_JOB, { shop: "fallback-shop.myshopify.com" }, { key: "k", delayMs: 10 });
    await queue.enqueue(REINDEX_JOB, { shop: "fallback-shop.myshopify.com" }, { key: "k", delayMs: 10 });
    await expect.poll(() => queue.pendingKeys().length, { timeout: 10_000 }).toBe(0);
    expect(runs).toBe(1);
    expect(await t.prisma.shopContentIndex.count({ where: { shop: "fallback-shop.myshopify.com" } })).toBe(1);
  });
});

describe("a webhook storm on the app's job runner", () => {
  it("200 product updates in one window rebuild the index once; the next window rebuilds again", async () => {
    const shop = "storm-shop.myshopify.com";
    const admin = await createSimulatedAdmin(shop);
    const productReads = () => getSimulatedShopRequests(shop).filter((r) => (r.operationName ?? r.query).includes("ShopContentProducts")).length;
    const runner = new InProcessJobRunner({
      definitions: [reindexShopContentJob],
      services: { db: t.prisma, now: () => new Date(), adminFor: async () => admin },
    });
    await runner.start();
    // Webhooks near a window's end, so its coalesced rebuild starts after a few milliseconds rather than a minute.
    const windowEnd = (Math.floor(Date.now() / REINDEX_WINDOW_MS) + 2) * REINDEX_WINDOW_MS;
    const storm = (from: number) =>
      Promise.all(Array.from({ length: 200 }, (_, i) => handleContentWebhook({ shop, topic: "products/update", payload: { id: 9000 + i } }, runner, from + (i % 50))));
    await storm(windowEnd - 100);
    await expect.poll(async () => (await t.prisma.shopContentIndex.findFirst({ where: { shop } }))?.version ?? 0, { timeout: 10_000 }).toBe(1);
    await runner.drain();
    const readsForOneRebuild = productReads();
    expect(readsForOneRebuild).toBeGreaterThan(0);

    await storm(windowEnd + REINDEX_WINDOW_MS - 100);
    await expect.poll(async () => (await t.prisma.shopContentIndex.findFirst({ where: { shop } }))?.version ?? 0, { timeout: 10_000 }).toBe(2);
    await runner.drain();
    await runner.stop();
    // Two rebuilds, each reading the catalogue once: 400 webhooks did not turn into 400 catalogue reads.
    expect(productReads()).toBe(2 * readsForOneRebuild);
    expect((await t.prisma.shopContentIndex.findFirstOrThrow({ where: { shop } })).version).toBe(2);
  });
});
