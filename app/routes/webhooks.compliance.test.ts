import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHmac, TEST_SHOP } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";

// The route as Shopify calls it: the HMAC header decides, and a wrong one changes nothing.
let t: TestDatabase;
let action: typeof import("./webhooks.compliance").action;

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  ({ action } = await import("./webhooks.compliance"));
});
afterAll(() => t.drop());

function webhookRequest(topic: string, body: string, hmac: string) {
  return new Request("https://my-test-app.myshopify.io/webhooks/compliance", {
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

describe("compliance webhook route", () => {
  it("rejects a request whose HMAC does not match and deletes nothing", async () => {
    const { prisma } = await import("../db.server");
    await prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-1" } });
    const body = JSON.stringify({ shop_domain: TEST_SHOP });
    const response = await action({ request: webhookRequest("shop/redact", body, getHmac(body, "wrong-secret")), params: {}, context: {} }).catch((r) => r);
    expect((response as Response).status).toBe(401);
    expect(await prisma.conversation.count({ where: { shop: TEST_SHOP } })).toBe(1);
  });

  it("redacts the shop's conversations on a correctly signed shop/redact", async () => {
    const { prisma } = await import("../db.server");
    const body = JSON.stringify({ shop_domain: TEST_SHOP });
    const response = await action({ request: webhookRequest("shop/redact", body, getHmac(body, "testApiSecretKey")), params: {}, context: {} });
    expect((response as Response).status).toBe(200);
    expect(await prisma.conversation.count({ where: { shop: TEST_SHOP } })).toBe(0);
  });
});
