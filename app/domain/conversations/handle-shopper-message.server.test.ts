import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { simulateOutage } from "../../simulated-shop/failures.server";
import { getSimulatedShop } from "../../simulated-shop/state.server";
import { SEED_CUSTOMERS, SEED_ORDERS, SEED_PRODUCTS, SEED_RETURN_REASONS } from "../../simulated-shop/seed.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import { createShopperMessagePipeline } from "./default-pipeline.server";
import { handleShopperMessage, type ShopperMessageInput } from "./handle-shopper-message.server";
import { listInbox, replyAsStaff, type InboxQuery } from "./inbox.server";
import { recordShopperFeedback } from "./feedback.server";
import { databaseVerificationGuard, type VerificationGuard } from "./verification-guard.server";
import type { ConversationView } from "./types";

// The whole message pipeline with its real parts: NLP model, routing policy, live answers from the
// simulated shop over the real Shopify client, and the database (both providers).
const WEEKDAY_NOON_NY = new Date("2026-11-18T17:00:00Z"); // Wednesday 12:00 in New York
const SATURDAY_NY = new Date("2026-11-21T17:00:00Z");
const inTransit = SEED_ORDERS.inTransit;

describe.each(testProviders())("shopper messages on %s", (provider) => {
  let t: TestDatabase;
  let admin: Awaited<ReturnType<typeof createSimulatedAdmin>>;
  let backInStock: InMemoryBackInStockRepository;
  let guard: VerificationGuard;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    shopDataCache.clear();
    admin = await createSimulatedAdmin();
    backInStock = new InMemoryBackInStockRepository();
    guard = databaseVerificationGuard(t.prisma);
    await t.prisma.rateLimit.deleteMany();
  });

  const pipeline = (opts: { now?: Date; noAdmin?: boolean } = {}) =>
    createShopperMessagePipeline({ db: t.prisma, shop: TEST_SHOP, admin: opts.noAdmin ? null : admin, backInStock, verificationGuard: guard, now: () => opts.now ?? WEEKDAY_NOON_NY });

  type Shopper = { visitorId: string; conversationId?: string; customerId?: string | null };
  const visitor = () => `visitor-${provider}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

  async function say(text: string, state: Shopper, opts: { now?: Date; noAdmin?: boolean } = {}) {
    const input: ShopperMessageInput = {
      shop: TEST_SHOP,
      customerId: state.customerId ?? null,
      visitorId: state.visitorId,
      conversationId: state.conversationId ?? null,
      clientMessageId: `client-${++counter}-${Math.random().toString(36).slice(2, 10)}`,
      text,
    };
    const view = await handleShopperMessage(pipeline(opts), input);
    state.conversationId = view.conversationId;
    return view;
  }
  const botText = (view: ConversationView) => view.messages.filter((m) => m.author === "bot").map((m) => m.body).join("\n");
  const decisions = (conversationId: string) =>
    t.prisma.routingDecisionRecord.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" } });

  it("asks a guest for the order's email, then answers with live tracking and records why", async () => {
    const s: Shopper = { visitorId: visitor() };
    const first = await say(`Hi, where is my order ${inTransit.name}?`, s);
    expect(first.messages[0]).toMatchObject({ author: "shopper", body: `Hi, where is my order ${inTransit.name}?` });
    expect(botText(first)).toMatch(/bot/i); // the bot says it is a bot in its first message
    expect(botText(first)).toMatch(/email/i);
    expect(botText(first)).not.toContain(inTransit.tracking.number);

    const second = await say(`it's ${inTransit.email}`, s);
    expect(botText(second)).toContain(inTransit.tracking.number);
    expect(botText(second)).toContain(inTransit.tracking.url);
    expect(second.status).toBe("bot");

    const d = await decisions(s.conversationId!);
    expect(d.map((x) => x.kind)).toEqual(["clarify", "automate"]);
    expect(JSON.parse(d[0].reasons).map((r: { code: string }) => r.code)).toContain("missing_information");
    expect(JSON.parse(d[1].reasons).map((r: { code: string }) => r.code)).toContain("intent_automated");
  });

  it("never shows order details to someone with the wrong email", async () => {
    const s: Shopper = { visitorId: visitor() };
    const view = await say(`where is my order ${inTransit.name}? my email is someone.else@example.org`, s);
    const text = botText(view);
    expect(text).not.toContain(inTransit.tracking.number);
    expect(text).not.toMatch(/in transit/i);
    expect(text).toMatch(/couldn't match|can't share/i);
  });

  it("hands a guest to a person after repeated wrong emails, even in a new chat, and tells no one which orders exist", async () => {
    const order = SEED_ORDERS.outForDelivery;
    const s: Shopper = { visitorId: visitor() };
    const replies: string[] = [];
    for (const guess of ["a@example.org", "b@example.org", "c@example.org"]) {
      const view = await say(`where is order ${order.name}? my email is ${guess}`, s);
      expect(view.status).toBe("bot");
      replies.push(botText(view));
    }
    // A number that does not exist gets the same words as a wrong email (no existence oracle).
    const nobody: Shopper = { visitorId: visitor() };
    const missing = botText(await say("where is order #987654? my email is a@example.org", nobody));
    expect(missing.replace(/#987654/, order.name)).toBe(replies[0]);

    // Same visitor, new chat: still locked, with the right email too.
    const again: Shopper = { visitorId: s.visitorId };
    const locked = await say(`where is order ${order.name}? my email is ${order.email}`, again);
    expect(locked.status).toBe("waiting_for_human");
    expect(botText(locked)).not.toContain(order.tracking.number);
    const [d] = await decisions(again.conversationId!);
    expect(JSON.parse(d.reasons).map((r: { code: string }) => r.code)).toContain("ownership_not_verified");
  });

  it("locks an order against many guessers for a cool-down, but never its signed-in owner", async () => {
    const order = inTransit;
    for (let i = 0; i < 5; i++) {
      const guess = await say(`where is order ${order.name}? my email is guess${i}@example.org`, { visitorId: visitor() });
      expect(botText(guess)).toMatch(/couldn't match/);
    }
    const stranger = await say(`where is order ${order.name}? my email is ${order.email}`, { visitorId: visitor() });
    expect(stranger.status).toBe("waiting_for_human");
    const owner = await say(`where is my order ${order.name}?`, { visitorId: visitor(), customerId: SEED_CUSTOMERS.repeat.id });
    expect(owner.status).toBe("bot");
    expect(botText(owner)).toContain(order.tracking.number);
  });

  it("shows a signed-in customer their own order without asking for an email", async () => {
    const s: Shopper = { visitorId: visitor(), customerId: SEED_CUSTOMERS.repeat.id };
    const view = await say(`where is my order ${inTransit.name}`, s);
    expect(botText(view)).toContain(inTransit.tracking.number);
  });

  it("hands 'talk to a person' to the Inbox and stays silent after a staff reply", async () => {
    const s: Shopper = { visitorId: visitor() };
    const handoff = await say("I want to talk to a real person", s);
    expect(handoff.status).toBe("waiting_for_human");
    expect(botText(handoff)).toMatch(/person from the team/i);
    const [d] = await decisions(s.conversationId!);
    expect(d.kind).toBe("handoff");
    expect(JSON.parse(d.reasons).map((r: { code: string }) => r.code)).toContain("shopper_asked_for_human");

    await replyAsStaff(t.prisma, TEST_SHOP, s.conversationId!, { body: "Hi, Sam here.", staffName: "Sam" });
    const after = await say(`where is my order ${inTransit.name}? ${inTransit.email}`, s);
    expect(after.status).toBe("human");
    expect(after.messages.map((m) => m.author)).toEqual(["shopper"]);
    expect(await decisions(s.conversationId!)).toHaveLength(1);
  });

  it("outside business hours says when a person is back and, when the shop can email, asks a guest for an email", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    try {
      const s: Shopper = { visitorId: visitor() };
      const view = await say("can I speak to a human agent please", s, { now: SATURDAY_NY });
      expect(botText(view)).toMatch(/Monday/);
      expect(botText(view)).toMatch(/email address/i);
      const noted = await say("sure, it's pat@example.com", s, { now: SATURDAY_NY });
      expect(noted.messages.some((m) => m.author === "system" && m.body.includes("pat@example.com"))).toBe(true);
      expect((await t.prisma.conversation.findUnique({ where: { id: s.conversationId! } }))?.contactEmail).toBe("pat@example.com");
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  it("never asks for an email to reply to when the shop cannot send email", async () => {
    const s: Shopper = { visitorId: visitor() };
    const view = await say("can I speak to a human agent please", s, { now: SATURDAY_NY });
    expect(botText(view)).toMatch(/Monday/);
    expect(botText(view)).not.toMatch(/email address/i);
  });

  it("degrades to a handoff, keeping the message, when the Admin API is down", async () => {
    simulateOutage(TEST_SHOP, { status: 503, times: 50 });
    const s: Shopper = { visitorId: visitor() };
    const view = await say(`where is my order ${inTransit.name}? my email is ${inTransit.email}`, s);
    expect(view.status).toBe("waiting_for_human");
    expect(botText(view)).toMatch(/person from the team will follow up/i);
    expect(botText(view)).not.toContain(inTransit.tracking.number);
    const stored = await t.prisma.message.findMany({ where: { conversationId: s.conversationId!, author: "shopper" } });
    expect(stored).toHaveLength(1);
    const [d] = await decisions(s.conversationId!);
    expect(JSON.parse(d.reasons).map((r: { code: string }) => r.code)).toContain("shop_api_unavailable");
  });

  it("hands off when the shop has no Admin API session", async () => {
    const s: Shopper = { visitorId: visitor() };
    const view = await say(`where is my order ${inTransit.name}? ${inTransit.email}`, s, { noAdmin: true });
    expect(view.status).toBe("waiting_for_human");
  });

  it("processes a retried send once", async () => {
    const s: Shopper = { visitorId: visitor() };
    const input: ShopperMessageInput = { shop: TEST_SHOP, customerId: null, visitorId: s.visitorId, clientMessageId: "retry-0000001", text: "do you ship to Canada?" };
    const a = await handleShopperMessage(pipeline(), input);
    const b = await handleShopperMessage(pipeline(), { ...input, conversationId: a.conversationId });
    expect(b.messages.map((m) => m.id)).toEqual(a.messages.map((m) => m.id));
    expect(await t.prisma.message.count({ where: { conversationId: a.conversationId } })).toBe(a.messages.length);
  });

  it("obeys the merchant's send-to-a-person choice per intent", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { ...DEFAULT_SETTINGS, intents: { ...DEFAULT_SETTINGS.intents, order_status: "human" } });
    try {
      const s: Shopper = { visitorId: visitor() };
      const view = await say(`where is my order ${inTransit.name}? ${inTransit.email}`, s);
      expect(view.status).toBe("waiting_for_human");
      expect(botText(view)).not.toContain(inTransit.tracking.number);
      const [d] = await decisions(s.conversationId!);
      expect(JSON.parse(d.reasons).map((r: { code: string }) => r.code)).toContain("intent_sent_to_human");
    } finally {
      await t.prisma.shopSettings.deleteMany({ where: { shop: TEST_SHOP } });
    }
  });

  it("sends a VIP-tagged signed-in customer straight to a person", async () => {
    const s: Shopper = { visitorId: visitor(), customerId: SEED_CUSTOMERS.vip.id };
    const view = await say("where is my order?", s);
    expect(view.status).toBe("waiting_for_human");
    const [d] = await decisions(s.conversationId!);
    expect(JSON.parse(d.reasons).map((r: { code: string }) => r.code)).toContain("customer_tag");
    // The Inbox's VIP and reason filters find it through the decision's reason rows.
    const found = async (query: InboxQuery) => (await listInbox(t.prisma, TEST_SHOP, { view: "all", pageSize: 100, ...query })).items.map((i) => i.id);
    expect(await found({ vip: true })).toContain(s.conversationId);
    expect(await found({ reason: "customer_tag" })).toContain(s.conversationId);
    expect(await found({ reason: "customer_tag", upset: true })).not.toContain(s.conversationId);
  });

  it("marks a conversation upset and urgent from what the shopper wrote, for the Inbox filters, and keeps the marks", async () => {
    const s: Shopper = { visitorId: visitor() };
    const calm = await say("Hi, do you ship to Canada?", s);
    const found = async (query: InboxQuery) => (await listInbox(t.prisma, TEST_SHOP, { view: "all", pageSize: 100, ...query })).items.map((i) => i.id);
    expect(calm.conversationId).toBeTruthy();
    const before = await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } });
    expect({ upset: before.upset, urgent: before.urgent }).toEqual({ upset: false, urgent: false });

    const angry = await say("This is terrible, my order never arrived and I need it by tomorrow, I'm furious. Let me talk to a person!", s);
    expect(angry.status).toBe("waiting_for_human");
    const after = await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } });
    expect({ upset: after.upset, urgent: after.urgent }).toEqual({ upset: true, urgent: true });
    expect(await found({ upset: true })).toContain(s.conversationId);
    expect(await found({ urgent: true })).toContain(s.conversationId);

    // A calmer message later does not clear them: the person picking it up should still know.
    await say("ok thanks", s);
    expect(await found({ upset: true, urgent: true })).toContain(s.conversationId);
  });

  it("hands off as soon as the shopper gives the bot's answers a second thumbs-down", async () => {
    const s: Shopper = { visitorId: visitor() };
    const feedback = (messageId: string) =>
      recordShopperFeedback(t.prisma, { shop: TEST_SHOP, customerId: null, conversationId: s.conversationId!, visitorId: s.visitorId, messageId, value: "down" }, WEEKDAY_NOON_NY);
    const a = await say("how long does shipping take?", s);
    const first = await feedback(a.messages.find((m) => m.author === "bot")!.id);
    expect(first.status).toBe("bot");
    const b = await say("what is your return policy?", s);
    const second = await feedback(b.messages.find((m) => m.author === "bot")!.id);
    expect(second.status).toBe("waiting_for_human");
    expect(second.messages[0].body).toMatch(/person from the team/i);
    const d = await decisions(s.conversationId!);
    expect(JSON.parse(d.at(-1)!.reasons).map((r: { code: string }) => r.code)).toEqual(["bot_failed_twice"]);
  });

  it("counts asking about a second order as a new question, not a failed answer", async () => {
    const s: Shopper = { visitorId: visitor(), customerId: SEED_CUSTOMERS.repeat.id };
    await say(`where is my order ${inTransit.name}?`, s);
    await say(`and where is my order ${SEED_ORDERS.delivered.name}?`, s);
    const third = await say(`where is my order ${SEED_ORDERS.unfulfilledPaid.name}?`, s);
    expect(third.status).toBe("bot");
    const context = JSON.parse((await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } })).context);
    expect(context.botFailures ?? 0).toBe(0);
  });

  it("counts the same question asked again after an answer as a bot failure", async () => {
    const s: Shopper = { visitorId: visitor(), customerId: SEED_CUSTOMERS.repeat.id };
    await say(`where is my order ${inTransit.name}?`, s);
    await say("that's not what I asked", s);
    const context = JSON.parse((await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } })).context);
    expect(context.botFailures).toBeGreaterThanOrEqual(1);
  });

  it("creates a return request the merchant approves, after the shopper confirms", async () => {
    const delivered = SEED_ORDERS.delivered;
    const s: Shopper = { visitorId: visitor() };
    const offer = await say(`I want to return my order ${delivered.name}, email ${delivered.email}`, s);
    expect(botText(offer)).toMatch(/which ones/i);
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    // "yes" takes every item; nothing is sent before the shopper says why.
    const asked = await say("yes please", s);
    expect(botText(asked)).toMatch(/why are you returning/i);
    expect(getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => /returnRequest/.test(r.query))).toHaveLength(0);
    const done = await say("I changed my mind", s);
    expect(botText(done)).toMatch(/return request/i);
    const mutations = getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => /returnRequest/.test(r.query));
    expect(mutations).toHaveLength(1);
    const lines = (mutations[0].variables as { input: { returnLineItems: Array<{ returnReasonDefinitionId?: string }> } }).input.returnLineItems;
    expect(lines.map((l) => l.returnReasonDefinitionId)).toEqual(lines.map(() => SEED_RETURN_REASONS.unwanted.id));
  });

  it("returns only the items the shopper picks", async () => {
    const delivered = SEED_ORDERS.delivered;
    const s: Shopper = { visitorId: visitor() };
    await say(`I want to return my order ${delivered.name}, email ${delivered.email}`, s);
    const stored = JSON.parse((await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } })).context);
    const offered = stored.answers.proposedAction.items as Array<{ fulfillmentLineItemId: string; quantity: number; title: string }>;
    expect(offered.length).toBeGreaterThan(1);
    const beanie = offered.find((i) => /beanie/i.test(i.title))!;
    await say("just the beanie", s);
    const done = await say("the colour is not what I expected", s);
    expect(botText(done)).toMatch(/return request/i);
    const lines = getSimulatedShop(TEST_SHOP).requests.filter((r) => /returnRequest/.test(r.query)).at(-1)!.variables as { input: { returnLineItems: Array<{ fulfillmentLineItemId: string; quantity: number }> } };
    expect(lines.input.returnLineItems.map((l) => l.fulfillmentLineItemId)).toEqual([beanie.fulfillmentLineItemId]);
  });

  it("offers a back-in-stock email for a sold-out product and stores it", async () => {
    const s: Shopper = { visitorId: visitor() };
    const poles = SEED_PRODUCTS.trekkingPoles;
    const offer = await say(`do you have the ${poles.title} in stock?`, s);
    expect(botText(offer)).toMatch(/out of stock|sold out/i);
    await say("yes, my email is ana@example.com", s);
    expect(backInStock.rows.map((r) => [r.email, r.language])).toEqual([["ana@example.com", "en"]]);
  });

  it("stores a back-in-stock request with the conversation's language, so the notice is written in it", async () => {
    const s: Shopper = { visitorId: visitor() };
    const poles = SEED_PRODUCTS.trekkingPoles;
    await say(`¿Tenéis los ${poles.title} en stock? Los necesito para mi viaje`, s);
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: s.conversationId! } })).language).toBe("es");
    await say("sí, mi correo es lucia@example.com", s);
    expect(backInStock.rows.map((r) => [r.email, r.language])).toEqual([["lucia@example.com", "es"]]);
  });
});
