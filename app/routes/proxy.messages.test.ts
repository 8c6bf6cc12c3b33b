import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";
import { simulatedOfflineSession } from "../simulated-shop/test-admin.server";
import { SEED_CUSTOMERS, SEED_ORDERS } from "../simulated-shop/seed.server";
import { signReopenToken } from "../domain/conversations/reopen-token.server";

// The app proxy endpoints as Shopify calls them: signed query string, JSON body.
let t: TestDatabase;
let route: typeof import("./proxy.messages");
const APP = "https://my-test-app.myshopify.io";

beforeAll(async () => {
  process.env.SWITCHBOARD_RATE_LIMITS = "visitor=3/60";
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  route = await import("./proxy.messages");
  const { sessionStorage } = await import("../shopify.server");
  await sessionStorage.storeSession(simulatedOfflineSession(TEST_SHOP));
});
afterAll(() => t.drop());

async function signed(path: string, init: RequestInit & { customer?: string } = {}) {
  const url = new URL(`${APP}/proxy${path}`);
  url.searchParams.set("logged_in_customer_id", init.customer ?? "");
  url.searchParams.set("path_prefix", "/apps/switchboard");
  return setUpValidRequest({ type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: "testApiSecretKey" }, new Request(url, init));
}

const post = (body: unknown, customer?: string) =>
  signed("/messages", { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" }, customer });

const call = async (fn: () => Promise<Response>) => fn().catch((thrown: unknown) => thrown as Response);

describe("POST /proxy/messages", () => {
  it("rejects a request whose signature does not match and stores nothing", async () => {
    const request = await post({ visitorId: "visitor-tamper", clientMessageId: "client-tamper", text: "hello" });
    const url = new URL(request.url);
    url.searchParams.set("logged_in_customer_id", "7003"); // claim to be someone else after signing
    const response = await call(() => route.action({ request: new Request(url, { method: "POST", body: JSON.stringify({ visitorId: "visitor-tamper", clientMessageId: "client-tamper", text: "hello" }), headers: { "Content-Type": "application/json" } }), params: {}, context: {} }) as Promise<Response>);
    expect(response.status).toBe(400);
    expect(await t.prisma.message.count()).toBe(0);
  });

  it("rejects bad input with a clear error and stores nothing", async () => {
    const request = await post({ visitorId: "visitor-bad01", clientMessageId: "client-bad01", text: "   " });
    const resolved = await call(() => route.action({ request, params: {}, context: {} }) as Promise<Response>);
    expect(resolved.status).toBe(400);
    expect(await resolved.json()).toEqual({ error: "text: Message is empty" });
    expect(await t.prisma.message.count()).toBe(0);
  });

  it("stores, understands and answers a signed message; identity comes only from the signature", async () => {
    const order = SEED_ORDERS.inTransit;
    const body = { visitorId: "visitor-good1", clientMessageId: "client-good1", text: `where is my order ${order.name}`, customerId: SEED_CUSTOMERS.vip.id };
    const response = (await route.action({ request: await post(body, SEED_CUSTOMERS.repeat.id.split("/").pop()), params: {}, context: {} })) as Response;
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.messages[0]).toMatchObject({ author: "shopper", body: body.text });
    expect(view.messages.at(-1).body).toContain(order.tracking.number);
    const conversation = await t.prisma.conversation.findUniqueOrThrow({ where: { id: view.conversationId } });
    // The signed customer (Maya, repeat), not the VIP the body claimed.
    expect(conversation.customerId).toBe(SEED_CUSTOMERS.repeat.id);
  });

  it("starts a conversation in the storefront's locale, so a short first message follows the page", async () => {
    const body = { visitorId: "visitor-locale1", clientMessageId: "client-locale1", text: "ok", locale: "de-CH" };
    const view = await (await route.action({ request: await post(body), params: {}, context: {} }) as Response).json();
    const conversation = await t.prisma.conversation.findUniqueOrThrow({ where: { id: view.conversationId } });
    expect(conversation.language).toBe("de");
    // A locale that isn't one is ignored, not refused.
    const odd = await route.action({ request: await post({ visitorId: "visitor-locale2", clientMessageId: "client-locale2", text: "ok", locale: "<script>" }), params: {}, context: {} }) as Response;
    expect(odd.status).toBe(200);
  });

  it("lets only the visitor who started a conversation poll it", async () => {
    const first = (await route.action({ request: await post({ visitorId: "visitor-poll1", clientMessageId: "client-poll1", text: "hello" }), params: {}, context: {} })) as Response;
    const { conversationId } = await first.json();
    const mine = (await route.loader({ request: await signed(`/messages?conversationId=${conversationId}&visitorId=visitor-poll1`), params: {}, context: {} })) as Response;
    expect(mine.status).toBe(200);
    expect((await mine.json()).messages.length).toBeGreaterThan(0);
    const theirs = (await route.loader({ request: await signed(`/messages?conversationId=${conversationId}&visitorId=visitor-other`), params: {}, context: {} })) as Response;
    expect(theirs.status).toBe(404);
  });

  it("lets an emailed reply's signed link open the conversation on another device, and nothing else", async () => {
    const first = (await route.action({ request: await post({ visitorId: "visitor-link1", clientMessageId: "client-link1", text: "hello" }), params: {}, context: {} })) as Response;
    const { conversationId } = (await first.json()) as { conversationId: string };
    const token = signReopenToken("testApiSecretKey", { shop: TEST_SHOP, conversationId, now: new Date() });
    const poll = async (access: string, id = conversationId) =>
      ((await route.loader({ request: await signed(`/messages?conversationId=${id}&visitorId=visitor-phone&access=${encodeURIComponent(access)}`), params: {}, context: {} })) as Response).status;
    expect(await poll(token)).toBe(200);
    // The phone can answer in the same conversation.
    const reply = (await route.action({
      request: await post({ conversationId, visitorId: "visitor-phone", clientMessageId: "client-link2", text: "thanks", access: token }),
      params: {},
      context: {},
    })) as Response;
    expect(reply.status).toBe(200);
    expect(await t.prisma.message.count({ where: { conversationId, clientMessageId: "client-link2" } })).toBe(1);
    // A bare id, a forged or other shop's token, or a token for another conversation: 404.
    expect(await poll(conversationId)).toBe(404);
    expect(await poll(signReopenToken("another-secret", { shop: TEST_SHOP, conversationId, now: new Date() }))).toBe(404);
    expect(await poll(signReopenToken("testApiSecretKey", { shop: "other-shop.myshopify.com", conversationId, now: new Date() }))).toBe(404);
    const other = (await route.action({ request: await post({ visitorId: "visitor-link3", clientMessageId: "client-link3", text: "hello" }), params: {}, context: {} })) as Response;
    expect(await poll(token, ((await other.json()) as { conversationId: string }).conversationId)).toBe(404);
  });

  it("does not open a signed-in customer's conversation by link unless that customer is signed in", async () => {
    const customer = SEED_CUSTOMERS.repeat.id.split("/").pop()!;
    const first = (await route.action({ request: await post({ visitorId: "visitor-link4", clientMessageId: "client-link4", text: "hello" }, customer), params: {}, context: {} })) as Response;
    const { conversationId } = (await first.json()) as { conversationId: string };
    const access = encodeURIComponent(signReopenToken("testApiSecretKey", { shop: TEST_SHOP, conversationId, now: new Date() }));
    const path = `/messages?conversationId=${conversationId}&visitorId=visitor-phone2&access=${access}`;
    expect(((await route.loader({ request: await signed(path), params: {}, context: {} })) as Response).status).toBe(404);
    expect(((await route.loader({ request: await signed(path, { customer }), params: {}, context: {} })) as Response).status).toBe(200);
  });

  it("reads the shop's offline session only for a request that calls the Admin API", async () => {
    const { sessionStorage } = await import("../shopify.server");
    const owner = SEED_CUSTOMERS.repeat.id.split("/").pop();
    const ask = async (visitor: string, text: string, customer?: string) =>
      (await route.action({ request: await post({ visitorId: visitor, clientMessageId: `client-${visitor}`, text }, customer), params: {}, context: {} })) as Response;
    // The signed-in owner's order question reads the order live, so it needs the session (and fills the catalogue cache on the way).
    await ask("visitor-session0", `where is my order ${SEED_ORDERS.inTransit.name}`, owner);
    const loads = vi.spyOn(sessionStorage, "loadSession");
    try {
      const greeting = await ask("visitor-session1", "hello");
      expect(greeting.status).toBe(200);
      const { conversationId } = (await greeting.json()) as { conversationId: string };
      const poll = (await route.loader({ request: await signed(`/messages?conversationId=${conversationId}&visitorId=visitor-session1`), params: {}, context: {} })) as Response;
      expect(poll.status).toBe(200);
      expect(loads).not.toHaveBeenCalled();
      const order = await ask("visitor-session2", `where is my order ${SEED_ORDERS.inTransit.name}`, owner);
      expect(((await order.json()) as { messages: { body: string }[] }).messages.at(-1)?.body).toContain(SEED_ORDERS.inTransit.tracking.number);
      // Once for the whole message, however many queries it sends.
      expect(loads).toHaveBeenCalledTimes(1);
    } finally {
      loads.mockRestore();
    }
  });

  it("hands an order question to a person when the shop has no offline session, and says why", async () => {
    const { sessionStorage } = await import("../shopify.server");
    const session = simulatedOfflineSession(TEST_SHOP);
    await sessionStorage.deleteSession(session.id);
    try {
      const started = Date.now();
      const response = (await route.action({
        request: await post({ visitorId: "visitor-nosession", clientMessageId: "client-nosession", text: `where is my order ${SEED_ORDERS.inTransit.name}` }, SEED_CUSTOMERS.repeat.id.split("/").pop()),
        params: {},
        context: {},
      })) as Response;
      expect(response.status).toBe(200);
      const view = (await response.json()) as { conversationId: string; status: string; messages: { body: string }[] };
      expect(view.status).toBe("waiting_for_human");
      expect(view.messages.map((m) => m.body).join(" ")).not.toContain(SEED_ORDERS.inTransit.tracking.number);
      // Not retried as if the network had failed: there is no session to wait for.
      expect(Date.now() - started).toBeLessThan(2_000);
      const decision = await t.prisma.routingDecisionRecord.findFirstOrThrow({ where: { conversationId: view.conversationId }, orderBy: { createdAt: "desc" } });
      expect(decision.reasons).toContain("shop_api_unavailable");
      expect(decision.reasons).toContain("http_error");
    } finally {
      await sessionStorage.storeSession(session);
    }
  });

  it("answers a flood from one visitor with 429, the time to wait, and stores nothing more", async () => {
    const visitorId = "visitor-flood";
    const send = async (i: number) => route.action({ request: await post({ visitorId, clientMessageId: `client-flood-${i}`, text: "hello" }), params: {}, context: {} });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(((await send(i)) as Response).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = (await send(3)) as Response;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rate_limited", retryAfterSeconds: expect.any(Number), error: expect.stringMatching(/wait/) });
    expect(await t.prisma.message.count({ where: { clientMessageId: "client-flood-3" } })).toBe(0);
  });
});
