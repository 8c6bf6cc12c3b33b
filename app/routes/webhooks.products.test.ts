import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHmac, TEST_SHOP } from "@shopify/shopify-api/test-helpers";
import type { EnqueueOptions, JobQueue } from "../jobs/types";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";

// The route as Shopify calls it: HMAC verified by authenticate.webhook, payload validated, the reindex enqueued.
let t: TestDatabase;
let action: typeof import("./webhooks.products").action;
const calls: Array<{ name: string; payload: unknown; options?: EnqueueOptions }> = [];
const queue: JobQueue = { enqueue: async (name, payload, options) => void calls.push({ name, payload, options }) };

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  ({ action } = await import("./webhooks.products"));
  const { registerKnowledgeJobQueue } = await import("../domain/knowledge/job-queue.server");
  registerKnowledgeJobQueue(queue);
});
afterAll(async () => {
  const { registerKnowledgeJobQueue } = await import("../domain/knowledge/job-queue.server");
  registerKnowledgeJobQueue(null);
  await t.drop();
});

function webhookRequest(topic: string, body: string, hmac: string) {
  return new Request("https://my-test-app.myshopify.io/webhooks/products", {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Hmac-Sha256": hmac,
      "X-Shopify-Topic": topic,
      "X-Shopify-Shop-Domain": TEST_SHOP,
      "X-Shopify-API-Version": "2026-07",
      "X-Shopify-Webhook-Id": crypto.randomUUID(),
      "X-Shopify-Event-Id": crypto.randomUUID(),
      "X-Shopify-Triggered-At": new Date().toISOString(),
    },
  });
}

const run = (request: Request) => action({ request, params: {}, context: {} }).catch((r: unknown) => r as Response);

describe("products webhook route", () => {
  it("rejects a wrong HMAC and enqueues nothing", async () => {
    const body = JSON.stringify({ id: 8001 });
    const response = await run(webhookRequest("products/update", body, getHmac(body, "wrong-secret")));
    expect(response.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it("rejects a signed payload without a product id with a 400", async () => {
    const body = JSON.stringify({ title: "no id" });
    const response = await run(webhookRequest("products/update", body, getHmac(body, "testApiSecretKey")));
    expect(response.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it("enqueues the shop's coalesced reindex on a signed products/update", async () => {
    const body = JSON.stringify({ id: 8001, title: "Trail Runner Shoe" });
    const response = await run(webhookRequest("products/update", body, getHmac(body, "testApiSecretKey")));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "reindex-shop-content", payload: { shop: TEST_SHOP } });
    expect(calls[0].options?.key).toMatch(new RegExp(`^reindex:${TEST_SHOP.replace(/\./g, "\\.")}:\\d+$`));
  });
});
