import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { appendShopperMessage, recordDecision, saveUnderstanding, startConversation, updateConversation } from "./conversation-store.server";
import {
  addNote,
  assignConversation,
  closeConversation,
  ConversationClosedError,
  getThread,
  handBackToBot,
  listInbox,
  listSavedReplies,
  markWaitingForHuman,
  replyAsStaff,
  saveReply,
} from "./inbox.server";

const SHOP = "work.myshopify.com";
const SAM = { id: "101", name: "Sam" };
const ANA = { id: "102", name: "Ana" };

describe.each(testProviders())("working the Inbox on %s", (provider) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  const now = new Date();
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const make = async (name: string, o: { waitedMinutes: number; text: string; language?: string; email?: string; order?: string; reason: string; mood?: "negative" | "neutral"; urgent?: boolean }) => {
      const c = await startConversation(t.prisma, { shop: SHOP, visitorId: `visitor-${name}`, customerId: null, language: o.language ?? "en" });
      const m = await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: `client-${name}`, body: o.text });
      await saveUnderstanding(t.prisma, m.message.id, { intent: "other", confidence: 0.5, sentiment: { label: o.mood ?? "neutral", score: 0 }, urgency: { urgent: Boolean(o.urgent), cues: o.urgent ? ["today"] : [] } });
      await recordDecision(t.prisma, { conversationId: c.id, messageId: m.message.id, kind: "handoff", intent: "other", confidence: 0.5, reasons: [{ code: o.reason as never, detail: `${o.reason} detail 0.5` }] });
      await updateConversation(t.prisma, c.id, { status: "waiting_for_human", contactEmail: o.email ?? null, context: JSON.stringify({ answers: { orderNumber: o.order ?? null } }) });
      await markWaitingForHuman(t.prisma, c.id, ago(o.waitedMinutes));
      ids[name] = c.id;
    };
    // Created newest-wait first, so the order the Inbox shows can only come from the waiting time.
    await make("recent", { waitedMinutes: 5, text: "Do you ship to Canada?", reason: "intent_sent_to_human" });
    await make("angry", { waitedMinutes: 90, text: "This is the worst service", reason: "negative_sentiment", mood: "negative", email: "angry@example.com" });
    await make("vip", { waitedMinutes: 30, text: "Where is order 1042?", reason: "customer_tag", order: "1042", urgent: true });
    await make("german", { waitedMinutes: 60, text: "Wo ist meine Bestellung?", reason: "low_confidence_handoff", language: "de" });
  });
  afterAll(() => t.drop());

  it("lists who waited longest first, with waiting times, counts and plain-word reasons", async () => {
    const page = await listInbox(t.prisma, SHOP, { view: "needs_reply" }, now);
    expect(page.items.map((i) => i.id)).toEqual([ids.angry, ids.german, ids.vip, ids.recent]);
    expect(page.items.map((i) => i.waitingMinutes)).toEqual([90, 60, 30, 5]);
    expect(page.items[0].reasons).toEqual([{ code: "negative_sentiment", label: "Shopper sounded upset" }]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1, counts: { needs_reply: 4, in_progress: 0, closed: 0, all: 4 } });
  });

  it("searches text, email and order number, and filters by mood, urgency, VIP, language and reason", async () => {
    const found = async (query: Parameters<typeof listInbox>[2]) => (await listInbox(t.prisma, SHOP, query, now)).items.map((i) => i.id);
    expect(await found({ search: "worst" })).toEqual([ids.angry]);
    expect(await found({ search: "ANGRY@example.com" })).toEqual([ids.angry]);
    expect(await found({ search: "#1042" })).toEqual([ids.vip]);
    expect(await found({ search: "nothing like this" })).toEqual([]);
    expect(await found({ upset: true })).toEqual([ids.angry]);
    expect(await found({ urgent: true })).toEqual([ids.vip]);
    expect(await found({ vip: true })).toEqual([ids.vip]);
    expect(await found({ language: "de" })).toEqual([ids.german]);
    expect(await found({ reason: "intent_sent_to_human" })).toEqual([ids.recent]);
  });

  it("pages with counts", async () => {
    const first = await listInbox(t.prisma, SHOP, { pageSize: 3 }, now);
    const second = await listInbox(t.prisma, SHOP, { pageSize: 3, page: 2 }, now);
    expect([first.items.length, second.items.length, first.pageCount, second.total]).toEqual([3, 1, 2, 4]);
    expect(second.items[0].id).toBe(ids.recent);
    // A page past the end shows the last page rather than nothing.
    expect((await listInbox(t.prisma, SHOP, { pageSize: 3, page: 9 }, now)).page).toBe(2);
  });

  it("assigns, signs replies with the staff member, keeps notes and saved replies, hands back and closes", async () => {
    await assignConversation(t.prisma, SHOP, ids.german, ANA);
    const mine = async (staff: typeof SAM) => (await listInbox(t.prisma, SHOP, { view: "needs_reply", assigned: "me", staffId: staff.id }, now)).items.map((i) => i.id);
    expect(await mine(ANA)).toEqual([ids.german]);
    expect(await mine(SAM)).toEqual([]);
    expect((await listInbox(t.prisma, SHOP, { assigned: "unassigned" }, now)).items.map((i) => i.id)).not.toContain(ids.german);

    await replyAsStaff(t.prisma, SHOP, ids.angry, { body: "I'm sorry, let me fix this.", staffName: SAM.name, staffId: SAM.id });
    const thread = await getThread(t.prisma, SHOP, ids.angry);
    expect(thread).toMatchObject({ status: "human", assignedStaff: "Sam", assignedStaffId: "101", waitingSince: null });
    expect(thread.serviceLevel.firstHumanReplyMinutes).toBeGreaterThanOrEqual(90);
    expect((await listInbox(t.prisma, SHOP, { view: "in_progress", assigned: "me", staffId: SAM.id }, now)).counts.mine).toBe(1);

    await addNote(t.prisma, SHOP, ids.angry, { body: "Offer a 10% refund", staff: SAM });
    expect((await getThread(t.prisma, SHOP, ids.angry)).notes).toEqual([expect.objectContaining({ staffName: "Sam", body: "Offer a 10% refund" })]);

    await saveReply(t.prisma, SHOP, { title: "Shipping times", body: "We ship within 2 days." });
    await saveReply(t.prisma, SHOP, { title: "Shipping times", body: "We ship within 1 day." });
    expect(await listSavedReplies(t.prisma, SHOP)).toEqual([expect.objectContaining({ title: "Shipping times", body: "We ship within 1 day." })]);
    expect(await listSavedReplies(t.prisma, "other.myshopify.com")).toEqual([]);

    await handBackToBot(t.prisma, SHOP, ids.recent);
    expect((await getThread(t.prisma, SHOP, ids.recent)).status).toBe("bot");

    await closeConversation(t.prisma, SHOP, ids.angry);
    const closed = await getThread(t.prisma, SHOP, ids.angry);
    expect(closed.status).toBe("closed");
    expect(closed.serviceLevel.resolutionMinutes).toBeGreaterThanOrEqual(90);
    await expect(replyAsStaff(t.prisma, SHOP, ids.angry, { body: "x", staffName: "Sam" })).rejects.toBeInstanceOf(ConversationClosedError);
    expect((await listInbox(t.prisma, SHOP, { view: "closed" }, now)).items.map((i) => i.id)).toEqual([ids.angry]);
  });

  it("shows the same shopper's earlier conversations", async () => {
    const older = await startConversation(t.prisma, { shop: SHOP, visitorId: "visitor-older", customerId: null });
    await appendShopperMessage(t.prisma, { conversationId: older.id, clientMessageId: "client-older", body: "Earlier question" });
    await updateConversation(t.prisma, older.id, { contactEmail: "angry@example.com", status: "closed" });
    const thread = await getThread(t.prisma, SHOP, ids.angry);
    expect(thread.earlierConversations).toEqual([expect.objectContaining({ id: older.id, firstMessage: "Earlier question" })]);
  });
});
