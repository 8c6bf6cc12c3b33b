import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";

// Thumbs on bot answers through the signed app proxy.
let t: TestDatabase;
let route: typeof import("./proxy.feedback");

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  route = await import("./proxy.feedback");
});
afterAll(() => t.drop());

const post = (body: unknown) =>
  setUpValidRequest(
    { type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: "testApiSecretKey" },
    new Request("https://my-test-app.myshopify.io/proxy/feedback?logged_in_customer_id=", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    }),
  );

describe("POST /proxy/feedback", () => {
  it("records a thumbs-down on a bot message of the visitor's own conversation only", async () => {
    const c = await t.prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-fb01" } });
    const bot = await t.prisma.message.create({ data: { conversationId: c.id, author: "bot", body: "answer" } });
    const shopper = await t.prisma.message.create({ data: { conversationId: c.id, author: "shopper", body: "question" } });

    const ok = (await route.action({ request: await post({ conversationId: c.id, visitorId: "visitor-fb01", messageId: bot.id, value: "down" }), params: {}, context: {} })) as Response;
    expect(ok.status).toBe(200);
    expect((await t.prisma.message.findUniqueOrThrow({ where: { id: bot.id } })).feedback).toBe("down");

    const stranger = (await route.action({ request: await post({ conversationId: c.id, visitorId: "visitor-other", messageId: bot.id, value: "up" }), params: {}, context: {} })) as Response;
    expect(stranger.status).toBe(404);
    const notBot = (await route.action({ request: await post({ conversationId: c.id, visitorId: "visitor-fb01", messageId: shopper.id, value: "up" }), params: {}, context: {} })) as Response;
    expect(notBot.status).toBe(404);
    const bad = (await route.action({ request: await post({ conversationId: c.id, visitorId: "visitor-fb01", messageId: bot.id, value: "meh" }), params: {}, context: {} })) as Response;
    expect(bad.status).toBe(400);
    expect((await t.prisma.message.findUniqueOrThrow({ where: { id: bot.id } })).feedback).toBe("down");
  });
});
