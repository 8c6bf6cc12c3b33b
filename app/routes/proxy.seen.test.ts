import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";

let t: TestDatabase;
let route: typeof import("./proxy.seen");

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  route = await import("./proxy.seen");
});
afterAll(() => t.drop());

const post = (body: unknown) =>
  setUpValidRequest(
    { type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: "testApiSecretKey" },
    new Request("https://my-test-app.myshopify.io/proxy/seen?logged_in_customer_id=", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    }),
  );
const call = async (body: unknown) => (await route.action({ request: await post(body), params: {}, context: {} })) as Response;

describe("POST /proxy/seen", () => {
  it("moves the shopper's seen marker forward for their own conversation only", async () => {
    const c = await t.prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-seen01", status: "human" } });
    const first = await t.prisma.message.create({ data: { conversationId: c.id, author: "staff", body: "one", createdAt: new Date("2026-12-01T10:00:00Z") } });
    const second = await t.prisma.message.create({ data: { conversationId: c.id, author: "staff", body: "two", createdAt: new Date("2026-12-01T10:05:00Z") } });

    expect((await call({ conversationId: c.id, visitorId: "visitor-seen01", messageId: second.id })).status).toBe(200);
    // An older message arriving late does not move the marker back.
    const late = await call({ conversationId: c.id, visitorId: "visitor-seen01", messageId: first.id });
    expect(await late.json()).toEqual({ seenAt: "2026-12-01T10:05:00.000Z" });

    expect((await call({ conversationId: c.id, visitorId: "visitor-other1", messageId: second.id })).status).toBe(404);
    expect((await call({ conversationId: c.id, visitorId: "visitor-seen01", messageId: "unknown-message" })).status).toBe(404);
    expect((await call({ conversationId: c.id, visitorId: "visitor-seen01" })).status).toBe(400);
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).shopperSeenAt?.toISOString()).toBe("2026-12-01T10:05:00.000Z");
  });
});
