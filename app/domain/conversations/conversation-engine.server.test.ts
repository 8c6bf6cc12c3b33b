import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { getSimulatedShop } from "../../simulated-shop/state.server";
import { SEED_ORDERS } from "../../simulated-shop/seed.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { createShopperMessagePipeline } from "./default-pipeline.server";
import { handleShopperMessage, type ShopperMessageInput } from "./handle-shopper-message.server";
import { acquireLease } from "./conversation-worker.server";
import { storeShopperMessage, openConversation } from "./conversation-store.server";
import { recoverStuckMessages } from "./recovery.server";
import { STUCK_AFTER_MS } from "./message-states";

// Exactly once under retries, concurrency and interruptions, on both databases, with the real pipeline.
const NOON = new Date("2026-11-18T17:00:00Z");

describe.each(testProviders())("conversation engine on %s", (provider) => {
  let t: TestDatabase;
  let admin: Awaited<ReturnType<typeof createSimulatedAdmin>>;
  let n = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    shopDataCache.clear();
    admin = await createSimulatedAdmin();
  });

  const pipeline = () =>
    createShopperMessagePipeline({ db: t.prisma, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => NOON });
  const unique = (prefix: string) => `${prefix}-${provider}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  const input = (over: Partial<ShopperMessageInput>): ShopperMessageInput => ({
    shop: TEST_SHOP,
    customerId: null,
    visitorId: unique("visitor"),
    clientMessageId: unique("client"),
    text: "hello",
    ...over,
  });
  const outcomesOf = async (conversationId: string) => ({
    shopper: await t.prisma.message.findMany({ where: { conversationId, author: "shopper" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    decisions: await t.prisma.routingDecisionRecord.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" } }),
    replies: await t.prisma.message.count({ where: { conversationId, author: "bot" } }),
  });

  it("stores a first message retried five times at once in one conversation, with one answer", async () => {
    const first = input({ text: "what is your return policy?" });
    const views = await Promise.all(Array.from({ length: 5 }, () => handleShopperMessage(pipeline(), first)));
    expect(new Set(views.map((v) => v.conversationId)).size).toBe(1);
    const { shopper, decisions, replies } = await outcomesOf(views[0].conversationId);
    expect(shopper).toHaveLength(1);
    expect(decisions).toHaveLength(1);
    expect(replies).toBe(1);
    expect(await t.prisma.conversation.count({ where: { visitorId: first.visitorId } })).toBe(1);
  });

  it("puts quick first messages sharing the bubble's conversation key in one conversation, answered in order", async () => {
    const visitorId = unique("visitor");
    const conversationKey = unique("key");
    const texts = ["hello", "what is your return policy?", "how long does shipping take?", "thanks"];
    const views = await Promise.all(texts.map((text) => handleShopperMessage(pipeline(), input({ visitorId, conversationKey, text }))));
    expect(new Set(views.map((v) => v.conversationId)).size).toBe(1);
    const { shopper, decisions } = await outcomesOf(views[0].conversationId);
    expect(shopper.map((m) => m.state)).toEqual(["done", "done", "done", "done"]);
    // Processed one at a time in arrival order: the decisions follow the messages' order.
    expect(decisions.map((d) => d.messageId)).toEqual(shopper.map((m) => m.id));
  });

  it("sends one return request when the shopper confirms twice at once", async () => {
    const order = SEED_ORDERS.delivered;
    const base = input({ text: `I want to return my order ${order.name}, email ${order.email}` });
    const offer = await handleShopperMessage(pipeline(), base);
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    const confirm = (clientMessageId: string, text: string) =>
      handleShopperMessage(pipeline(), { ...base, conversationId: offer.conversationId, clientMessageId, text });
    // Items and reason in one reply complete the request; sent twice at once, the shop sees one request.
    await Promise.all([confirm(unique("yes"), "both, too small"), confirm(unique("yes"), "both, too small")]);
    const mutations = getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => /returnRequest\(/.test(r.query));
    expect(mutations).toHaveLength(1);
    const { shopper, decisions } = await outcomesOf(offer.conversationId);
    expect(shopper).toHaveLength(3);
    expect(decisions).toHaveLength(3);
  });

  it("sends one return request when the reason is sent twice at once after the bot asked for it", async () => {
    const order = SEED_ORDERS.delivered;
    const base = input({ text: `I want to return my order ${order.name}, email ${order.email}` });
    const offer = await handleShopperMessage(pipeline(), base);
    await handleShopperMessage(pipeline(), { ...base, conversationId: offer.conversationId, clientMessageId: unique("yes"), text: "yes" });
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    const why = (clientMessageId: string) =>
      handleShopperMessage(pipeline(), { ...base, conversationId: offer.conversationId, clientMessageId, text: "they are too big" });
    await Promise.all([why(unique("why")), why(unique("why"))]);
    expect(getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => /returnRequest\(/.test(r.query))).toHaveLength(1);
  });

  it("never repeats a shop action whose earlier attempt's outcome is unknown", async () => {
    const order = SEED_ORDERS.delivered;
    const base = input({ text: `I want to return my order ${order.name}, email ${order.email}` });
    const offer = await handleShopperMessage(pipeline(), base);
    const conversation = await t.prisma.conversation.findUniqueOrThrow({ where: { id: offer.conversationId } });
    const key = JSON.parse(conversation.context).answers.proposedAction.key as string;
    // As if a worker crashed during the Admin API call: the key is stored, the outcome never was.
    await t.prisma.shopAction.create({ data: { shop: TEST_SHOP, key: `${TEST_SHOP}:${conversation.id}:${key}:return_request`, kind: "return_request", status: "started" } });
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    const view = await handleShopperMessage(pipeline(), { ...base, conversationId: offer.conversationId, clientMessageId: unique("yes"), text: "yes, all of it, too small" });
    expect(getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => /returnRequest\(/.test(r.query))).toHaveLength(0);
    expect(view.status).toBe("waiting_for_human");
  });

  it("answers a message stored before a crash, through the recovery job", async () => {
    const visitorId = unique("visitor");
    const { conversation } = await openConversation(t.prisma, { shop: TEST_SHOP, visitorId, customerId: null, clientKey: unique("key") });
    const message = await storeShopperMessage(t.prisma, { conversationId: conversation.id, clientMessageId: unique("client"), body: "what is your return policy?" });
    // Not stuck yet: a fresh message belongs to the request that stored it.
    expect((await recoverStuckMessages({ db: t.prisma, now: new Date(), pipelineFor: async () => pipeline() })).conversations).toBe(0);
    const later = new Date(Date.now() + STUCK_AFTER_MS + 1000);
    const run = await recoverStuckMessages({ db: t.prisma, now: later, pipelineFor: async () => pipeline() });
    expect(run.conversations).toBe(1);
    const { shopper, decisions, replies } = await outcomesOf(conversation.id);
    expect(shopper.map((m) => [m.id, m.state])).toEqual([[message.id, "done"]]);
    expect(decisions).toHaveLength(1);
    expect(replies).toBe(1);
    // Running it again does nothing more.
    await recoverStuckMessages({ db: t.prisma, now: later, pipelineFor: async () => pipeline() });
    expect((await outcomesOf(conversation.id)).decisions).toHaveLength(1);
  });

  it("hands a message to a person when it failed once already, and leaves live leases alone", async () => {
    const { conversation } = await openConversation(t.prisma, { shop: TEST_SHOP, visitorId: unique("visitor"), customerId: null, clientKey: unique("key") });
    const message = await storeShopperMessage(t.prisma, { conversationId: conversation.id, clientMessageId: unique("client"), body: "where is my order?" });
    await t.prisma.message.update({ where: { id: message.id }, data: { attempts: 1 } });
    const later = new Date(Date.now() + STUCK_AFTER_MS + 1000);
    expect(await acquireLease(t.prisma, conversation.id, "someone-else", new Date())).toBe(true);
    await recoverStuckMessages({ db: t.prisma, now: later, pipelineFor: async () => pipeline() });
    expect((await t.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).state).toBe("received");

    // The other worker died: its lease runs out and recovery takes over.
    await t.prisma.conversation.update({ where: { id: conversation.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await recoverStuckMessages({ db: t.prisma, now: later, pipelineFor: async () => pipeline() });
    const { decisions } = await outcomesOf(conversation.id);
    expect(decisions).toHaveLength(1);
    expect(JSON.parse(decisions[0].reasons).map((r: { code: string }) => r.code)).toEqual(["processing_interrupted"]);
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status).toBe("waiting_for_human");
  });
});
