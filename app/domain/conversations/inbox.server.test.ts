import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { appendMessage, appendShopperMessage, findShopperConversation, messagesAfter, recordDecision, saveUnderstanding, startConversation, updateConversation } from "./conversation-store.server";
import { closeConversation, getThread, listInbox, replyAsStaff } from "./inbox.server";
import { handleComplianceWebhook } from "./compliance.server";
import { pollConversation } from "./poll.server";
import { ConversationNotFoundError } from "./types";

describe.each(testProviders())("conversations on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("stores a retried shopper message once (idempotent on the bubble's message id)", async () => {
    const c = await startConversation(t.prisma, { shop: "a.myshopify.com", visitorId: "visitor-0001", customerId: null });
    const first = await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: "client-0001", body: "hello" });
    const again = await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: "client-0001", body: "hello" });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.message.id).toBe(first.message.id);
    expect(await t.prisma.message.count({ where: { conversationId: c.id } })).toBe(1);
  });

  it("only lets the visitor (and signed-in customer) who started a conversation read it", async () => {
    const c = await startConversation(t.prisma, { shop: "a.myshopify.com", visitorId: "visitor-0002", customerId: "gid://shopify/Customer/7002" });
    const ok = { shop: "a.myshopify.com", conversationId: c.id, visitorId: "visitor-0002", customerId: "gid://shopify/Customer/7002" };
    await expect(findShopperConversation(t.prisma, ok)).resolves.toMatchObject({ id: c.id });
    await expect(findShopperConversation(t.prisma, { ...ok, visitorId: "visitor-9999" })).rejects.toBeInstanceOf(ConversationNotFoundError);
    await expect(findShopperConversation(t.prisma, { ...ok, shop: "b.myshopify.com" })).rejects.toBeInstanceOf(ConversationNotFoundError);
    await expect(findShopperConversation(t.prisma, { ...ok, customerId: null })).rejects.toBeInstanceOf(ConversationNotFoundError);
  });

  it("polls only the messages after the last one the bubble has", async () => {
    const c = await startConversation(t.prisma, { shop: "a.myshopify.com", visitorId: "visitor-0003", customerId: null });
    const m1 = await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: "client-0003", body: "one" });
    const m2 = await appendMessage(t.prisma, { conversationId: c.id, author: "bot", body: "two" });
    const m3 = await appendMessage(t.prisma, { conversationId: c.id, author: "staff", body: "three", staffName: "Sam" });
    expect((await messagesAfter(t.prisma, c.id, m1.message.id)).map((m) => m.id)).toEqual([m2.id, m3.id]);
    const view = await pollConversation(t.prisma, { shop: "a.myshopify.com", customerId: null, conversationId: c.id, visitorId: "visitor-0003", after: m2.id });
    expect(view.messages).toEqual([expect.objectContaining({ id: m3.id, author: "staff", body: "three", staffName: "Sam" })]);
    // Internal fields never reach the storefront.
    expect(Object.keys(view.messages[0])).not.toContain("understanding");
    // The whole-history load says whether the satisfaction question was answered (so no device asks again).
    const full = { shop: "a.myshopify.com", customerId: null, conversationId: c.id, visitorId: "visitor-0003" };
    expect((await pollConversation(t.prisma, full)).rated).toBe(false);
    await t.prisma.satisfactionRating.create({ data: { conversationId: c.id, score: 5 } });
    expect((await pollConversation(t.prisma, full)).rated).toBe(true);
    expect(view.rated).toBeUndefined();
  });

  it("lists handed-off conversations per shop, and a staff reply takes ownership", async () => {
    const shop = "inbox.myshopify.com";
    const c = await startConversation(t.prisma, { shop, visitorId: "visitor-0004", customerId: null });
    await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: "client-0004", body: "I want a person" });
    await appendMessage(t.prisma, { conversationId: c.id, author: "bot", body: "A person will reply here." });
    await updateConversation(t.prisma, c.id, { status: "waiting_for_human", handoffReason: "Shopper asked for a person" });
    await recordDecision(t.prisma, { conversationId: c.id, messageId: null, kind: "handoff", intent: "human_agent", confidence: 0.97, reasons: [{ code: "shopper_asked_for_human", detail: "Shopper asked for a person" }] });
    await startConversation(t.prisma, { shop: "other.myshopify.com", visitorId: "visitor-0005", customerId: null });

    const waiting = (await listInbox(t.prisma, shop, "needs_reply")).items;
    expect(waiting.map((w) => w.id)).toEqual([c.id]);
    expect(waiting[0]).toMatchObject({ lastShopperMessage: "I want a person", handoffReason: "Shopper asked for a person" });

    const firstMessage = await t.prisma.message.findFirstOrThrow({ where: { conversationId: c.id, author: "shopper" } });
    await saveUnderstanding(t.prisma, firstMessage.id, { intent: "human_agent", confidence: 0.9, sentiment: { label: "negative", score: -0.7 }, urgency: { urgent: true, cues: ["by Saturday"] } });
    await replyAsStaff(t.prisma, shop, c.id, { body: "Hi, Sam here", staffName: "Sam" });
    const thread = await getThread(t.prisma, shop, c.id);
    expect(thread.status).toBe("human");
    expect(thread.messages.at(-1)).toMatchObject({ author: "staff", body: "Hi, Sam here", staffName: "Sam" });
    expect(thread.messages[0].understanding).toEqual({ intent: "human_agent", confidence: 0.9, sentiment: "negative", urgencyCues: ["by Saturday"] });
    expect(thread.decisions[0].reasons).toEqual([{ code: "shopper_asked_for_human", detail: "Shopper asked for a person", label: "Shopper asked for a person" }]);
    expect((await listInbox(t.prisma, shop, "needs_reply")).items).toEqual([]);
    expect((await listInbox(t.prisma, shop, "mine")).items[0]).toMatchObject({ upset: true, urgent: true });
    expect((await listInbox(t.prisma, shop, "mine")).items.map((w) => w.id)).toEqual([c.id]);

    await expect(replyAsStaff(t.prisma, "other.myshopify.com", c.id, { body: "x", staffName: "Eve" })).rejects.toBeInstanceOf(ConversationNotFoundError);
    await closeConversation(t.prisma, shop, c.id);
    expect((await getThread(t.prisma, shop, c.id)).status).toBe("closed");
  });

  it("redacts a customer's conversations and a shop's data on the compliance webhooks", async () => {
    const shop = "gdpr.myshopify.com";
    const mine = await startConversation(t.prisma, { shop, visitorId: "visitor-0006", customerId: "gid://shopify/Customer/42" });
    const byEmail = await startConversation(t.prisma, { shop, visitorId: "visitor-0007", customerId: null });
    await updateConversation(t.prisma, byEmail.id, { contactEmail: "pat@example.com" });
    const other = await startConversation(t.prisma, { shop, visitorId: "visitor-0008", customerId: null });
    await appendShopperMessage(t.prisma, { conversationId: mine.id, clientMessageId: "client-0006", body: "hi" });

    const request = await handleComplianceWebhook(t.prisma, { topic: "CUSTOMERS_DATA_REQUEST", shop, payload: { customer: { id: 42, email: "pat@example.com" } } });
    expect(request).toEqual({ conversations: 2 });
    const redacted = await handleComplianceWebhook(t.prisma, { topic: "CUSTOMERS_REDACT", shop, payload: { customer: { id: 42, email: "PAT@example.com" } } });
    expect(redacted).toEqual({ conversations: 2 });
    expect(await t.prisma.message.count({ where: { conversationId: mine.id } })).toBe(0);
    expect(await t.prisma.conversation.findUnique({ where: { id: other.id } })).not.toBeNull();
    // A payload without identifiers must not match everything.
    expect(await handleComplianceWebhook(t.prisma, { topic: "CUSTOMERS_REDACT", shop, payload: {} })).toEqual({ conversations: 0 });
    await handleComplianceWebhook(t.prisma, { topic: "SHOP_REDACT", shop, payload: {} });
    expect(await t.prisma.conversation.count({ where: { shop } })).toBe(0);
  });
});
