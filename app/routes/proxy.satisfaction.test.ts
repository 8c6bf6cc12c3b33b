import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";

// The end-of-conversation satisfaction question through the signed app proxy.
let t: TestDatabase;
let route: typeof import("./proxy.satisfaction");

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  route = await import("./proxy.satisfaction");
});
afterAll(() => t.drop());

const post = async (body: unknown, signed = true) => {
  const request = new Request("https://my-test-app.myshopify.io/proxy/satisfaction?logged_in_customer_id=", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
  });
  const req = signed ? await setUpValidRequest({ type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: "testApiSecretKey" }, request) : request;
  return (await route.action({ request: req, params: {}, context: {} })) as Response;
};

describe("POST /proxy/satisfaction", () => {
  it("stores one answer per conversation, for its own visitor only, and rejects bad scores", async () => {
    const c = await t.prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-sat01" } });

    const ok = await post({ conversationId: c.id, visitorId: "visitor-sat01", score: 4 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ conversationId: c.id, score: 4 });
    // A second answer replaces the first.
    expect((await post({ conversationId: c.id, visitorId: "visitor-sat01", score: 2 })).status).toBe(200);
    expect(await t.prisma.satisfactionRating.findMany({ where: { conversationId: c.id }, select: { score: true } })).toEqual([{ score: 2 }]);

    expect((await post({ conversationId: c.id, visitorId: "visitor-other", score: 5 })).status).toBe(404);
    for (const score of [0, 6, 3.5, "5"]) {
      expect((await post({ conversationId: c.id, visitorId: "visitor-sat01", score })).status).toBe(400);
    }
    expect((await t.prisma.satisfactionRating.findUniqueOrThrow({ where: { conversationId: c.id } })).score).toBe(2);
  });

  it("refuses an unsigned request", async () => {
    const c = await t.prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-sat02" } });
    const res = await post({ conversationId: c.id, visitorId: "visitor-sat02", score: 5 }, false).catch((e: unknown) => e as Response);
    expect(res.status).toBe(400);
    expect(await t.prisma.satisfactionRating.count({ where: { conversationId: c.id } })).toBe(0);
  });
});
