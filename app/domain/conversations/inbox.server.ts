import type { Db, Prisma } from "../../db.server";
import type { Reason } from "../routing/types";
import type { Understanding } from "../understanding/types";
import { reasonLabel } from "../../admin/charts/reason-labels";
import { appendMessage } from "./conversation-store.server";
import { ConversationNotFoundError, type ConversationStatus } from "./types";

// The Inbox: what a support team works from. Conversations come here when the bot hands them to a person.

import { INBOX_VIEWS, type InboxView } from "./inbox-views";
export { INBOX_VIEWS, type InboxView };
/** @deprecated old name of the views, kept for callers that still pass "mine". */
export type InboxFilter = InboxView | "mine";

export const INBOX_PAGE_SIZE = 25;

/** Customer rules the merchant sends to people: "VIP" in the Inbox filter. */
const VIP_REASON_CODES = ["customer_segment", "customer_tag", "lifetime_spend", "order_count", "order_value"] as const;

export interface InboxQuery {
  view?: InboxView;
  /** The signed-in staff member (Shopify user id), for "assigned to me". */
  staffId?: string | null;
  /** Words in the messages, an email, an order number; `customerIds` carries customers whose name matched. */
  search?: string | null;
  customerIds?: string[];
  upset?: boolean;
  urgent?: boolean;
  vip?: boolean;
  language?: string | null;
  reason?: string | null;
  assigned?: "me" | "unassigned" | null;
  page?: number;
  pageSize?: number;
}

function viewWhere(view: InboxView): Prisma.ConversationWhereInput {
  switch (view) {
    // Someone must answer: the handoff nobody took yet, or a shopper who wrote again after a staff reply.
    case "needs_reply":
      return { OR: [{ status: "waiting_for_human" }, { status: "human", waitingSince: { not: null } }] };
    case "in_progress":
      return { status: "human" };
    case "closed":
      return { status: "closed" };
    case "all":
      return { status: { not: "bot" } };
  }
}

// Columns set when the turn is committed (conversation-worker): Conversation.upset/urgent, and one
// RoutingReasonCode row per reason of each decision.
const UPSET = { upset: true } satisfies Prisma.ConversationWhereInput;
const URGENT = { urgent: true } satisfies Prisma.ConversationWhereInput;
const reasonWhere = (codes: readonly string[]): Prisma.ConversationWhereInput => ({
  decisions: { some: { kind: "handoff", reasonCodes: { some: { code: { in: [...codes] } } } } },
});

export function inboxWhere(shop: string, query: InboxQuery): Prisma.ConversationWhereInput {
  const and: Prisma.ConversationWhereInput[] = [{ shop }, viewWhere(query.view ?? "needs_reply")];
  if (query.upset) and.push(UPSET);
  if (query.urgent) and.push(URGENT);
  if (query.vip) and.push(reasonWhere(VIP_REASON_CODES));
  if (query.reason) and.push(reasonWhere([query.reason]));
  if (query.language) and.push({ language: query.language });
  if (query.assigned === "me") and.push({ assignedStaffId: query.staffId ?? "\u0000nobody" });
  if (query.assigned === "unassigned") and.push({ assignedStaffId: null, assignedStaff: null });
  const term = query.search?.trim();
  if (term) {
    const orderNumber = term.replace(/^#/, "");
    const or: Prisma.ConversationWhereInput[] = [
      { contactEmail: { contains: term.toLowerCase() } },
      { messages: { some: { body: { contains: term } } } },
      // The order the conversation is about lives in the stored context.
      { context: { contains: `"orderNumber":"${orderNumber.replace(/["\\]/g, "")}"` } },
    ];
    if (query.customerIds?.length) or.push({ customerId: { in: query.customerIds } });
    and.push({ OR: or });
  }
  return { AND: and };
}

function orderFor(view: InboxView): Prisma.ConversationOrderByWithRelationInput[] {
  if (view === "needs_reply" || view === "in_progress") {
    // Longest wait for a person first; conversations nobody waits on after them.
    return [{ waitingSince: { sort: "asc", nulls: "last" } }, { lastMessageAt: "asc" }, { id: "asc" }];
  }
  return [{ lastMessageAt: "desc" }, { id: "asc" }];
}

export async function listInbox(db: Db, shop: string, queryOrView: InboxQuery | InboxFilter = {}, now: Date = new Date()) {
  const query: InboxQuery =
    typeof queryOrView === "string" ? { view: queryOrView === "mine" ? "in_progress" : queryOrView } : queryOrView;
  const view = query.view ?? "needs_reply";
  const pageSize = Math.min(Math.max(query.pageSize ?? INBOX_PAGE_SIZE, 1), 100);
  const where = inboxWhere(shop, { ...query, view });
  const total = await db.conversation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(query.page ?? 1, 1), pageCount);
  const rows = await db.conversation.findMany({
    where,
    orderBy: orderFor(view),
    skip: (page - 1) * pageSize,
    take: pageSize,
    // The preview is what the shopper last said: that is what the person picking it up needs to see.
    include: {
      messages: { where: { author: "shopper" }, orderBy: { createdAt: "desc" }, take: 1 },
      decisions: { where: { kind: "handoff" }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const [counts, mine] = await Promise.all([
    Promise.all(INBOX_VIEWS.map((v) => db.conversation.count({ where: inboxWhere(shop, { view: v }) }))),
    query.staffId ? db.conversation.count({ where: inboxWhere(shop, { view: "in_progress", assigned: "me", staffId: query.staffId }) }) : 0,
  ]);
  return {
    items: rows.map((c) => {
      const reasons = parseJson(c.decisions[0]?.reasons ?? "[]", []) as Reason[];
      return {
        id: c.id,
        status: c.status as ConversationStatus,
        customerId: c.customerId,
        contactEmail: c.contactEmail,
        language: c.language,
        handoffReason: c.handoffReason,
        reasons: reasons.map((r) => ({ code: r.code, label: reasonLabel(r.code) })),
        holdout: c.holdout,
        assignedStaff: c.assignedStaff,
        assignedStaffId: c.assignedStaffId,
        lastMessageAt: c.lastMessageAt.toISOString(),
        waitingSince: c.waitingSince?.toISOString() ?? null,
        waitingMinutes: c.waitingSince ? Math.max(0, Math.floor((now.getTime() - c.waitingSince.getTime()) / 60_000)) : null,
        lastShopperMessage: c.messages[0]?.body ?? "",
        // The same marks the filters use: set by any upset or urgent shopper message in the conversation.
        upset: c.upset,
        urgent: c.urgent,
      };
    }),
    total,
    page,
    pageSize,
    pageCount,
    counts: { ...(Object.fromEntries(INBOX_VIEWS.map((v, i) => [v, counts[i]])) as Record<InboxView, number>), mine },
  };
}

export type InboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];

export async function getThread(db: Db, shop: string, conversationId: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, shop },
    include: {
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      decisions: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!conversation) throw new ConversationNotFoundError();
  const [notes, earlier] = await Promise.all([
    db.inboxNote.findMany({ where: { conversationId, shop }, orderBy: { createdAt: "asc" } }),
    earlierConversations(db, shop, conversation),
  ]);
  return {
    id: conversation.id,
    status: conversation.status as ConversationStatus,
    customerId: conversation.customerId,
    contactEmail: conversation.contactEmail,
    language: conversation.language,
    handoffReason: conversation.handoffReason,
    holdout: conversation.holdout,
    assignedStaff: conversation.assignedStaff,
    assignedStaffId: conversation.assignedStaffId,
    waitingSince: conversation.waitingSince?.toISOString() ?? null,
    serviceLevel: serviceLevelOf(conversation),
    context: parseJson(conversation.context, {}) as Record<string, unknown>,
    messages: conversation.messages.map((m) => ({
      id: m.id,
      author: m.author,
      body: m.body,
      staffName: m.staffName,
      feedback: m.feedback,
      createdAt: m.createdAt.toISOString(),
      understanding: m.understanding ? summariseUnderstanding(parseJson(m.understanding, null)) : null,
    })),
    decisions: conversation.decisions.map((d) => {
      const reasons = parseJson(d.reasons, []) as Reason[];
      return {
        id: d.id,
        messageId: d.messageId,
        kind: d.kind,
        intent: d.intent,
        confidence: d.confidence,
        // Plain words as on Home; `detail` keeps the numbers behind them for the "details" disclosure.
        reasons: reasons.map((r) => ({ ...r, label: reasonLabel(r.code) })),
        createdAt: d.createdAt.toISOString(),
      };
    }),
    notes: notes.map((n) => ({ id: n.id, staffName: n.staffName, body: n.body, createdAt: n.createdAt.toISOString() })),
    earlierConversations: earlier,
  };
}

async function earlierConversations(db: Db, shop: string, c: { id: string; customerId: string | null; contactEmail: string | null }) {
  const who: Prisma.ConversationWhereInput[] = [];
  if (c.customerId) who.push({ customerId: c.customerId });
  if (c.contactEmail) who.push({ contactEmail: c.contactEmail });
  if (!who.length) return [];
  const rows = await db.conversation.findMany({
    where: { shop, id: { not: c.id }, OR: who },
    orderBy: { createdAt: "desc" },
    take: 10,
    include: { messages: { where: { author: "shopper" }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, createdAt: r.createdAt.toISOString(), firstMessage: r.messages[0]?.body.slice(0, 120) ?? "" }));
}

export interface Staff {
  /** Shopify user id from the online session (App Bridge session token); null when only an offline session exists. */
  id: string | null;
  /** First name: what the shopper sees as the reply's signature. */
  name: string;
}

async function ownConversation(db: Db, shop: string, conversationId: string) {
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, shop } });
  if (!conversation) throw new ConversationNotFoundError();
  return conversation;
}

/**
 * A staff reply takes ownership: from now on the bot stays silent in this conversation. Nobody waits any more,
 * and the first reply after a handoff is the "first human reply" of the service-level numbers.
 */
export async function replyAsStaff(
  db: Db,
  shop: string,
  conversationId: string,
  args: { body: string; staffName: string; staffId?: string | null; now?: Date },
) {
  const conversation = await ownConversation(db, shop, conversationId);
  if (conversation.status === "closed") throw new ConversationClosedError();
  const message = await appendMessage(db, { conversationId, author: "staff", body: args.body, staffName: args.staffName });
  const at = message.createdAt;
  await db.conversation.update({
    where: { id: conversationId },
    data: {
      status: "human",
      waitingSince: null,
      handoffAt: conversation.handoffAt ?? conversation.waitingSince ?? at,
      firstHumanReplyAt: conversation.firstHumanReplyAt ?? at,
      // A reply from someone else doesn't steal an assignment; an unassigned conversation becomes theirs.
      ...(conversation.assignedStaffId || conversation.assignedStaff ? {} : { assignedStaff: args.staffName, assignedStaffId: args.staffId ?? null }),
    },
  });
  return message;
}

export class ConversationClosedError extends Error {
  constructor() {
    super("This conversation is closed");
    this.name = "ConversationClosedError";
  }
}

/** Assign to a staff member (or nobody). Assigning doesn't reply, so the shopper keeps waiting. */
export async function assignConversation(db: Db, shop: string, conversationId: string, staff: Staff | null) {
  await ownConversation(db, shop, conversationId);
  await db.conversation.update({
    where: { id: conversationId },
    data: { assignedStaff: staff?.name ?? null, assignedStaffId: staff?.id ?? null },
  });
}

/** Staff who have opened the app (online sessions): the people a conversation can be assigned to. */
export async function listStaff(db: Db, shop: string): Promise<Staff[]> {
  const sessions = await db.session.findMany({ where: { shop, isOnline: true, userId: { not: null } }, orderBy: { firstName: "asc" } });
  const byId = new Map<string, Staff>();
  for (const s of sessions) {
    const id = String(s.userId);
    if (!byId.has(id)) byId.set(id, { id, name: [s.firstName, s.lastName].filter(Boolean).join(" ") || s.email || `Staff ${id}` });
  }
  return [...byId.values()];
}

/** Back to the bot: it answers the shopper's next message again; nobody is waiting or assigned. */
export async function handBackToBot(db: Db, shop: string, conversationId: string) {
  const conversation = await ownConversation(db, shop, conversationId);
  if (conversation.status === "closed") throw new ConversationClosedError();
  await db.conversation.update({
    where: { id: conversationId },
    data: { status: "bot", waitingSince: null, assignedStaff: null, assignedStaffId: null },
  });
}

/** Closed by staff: the bubble sees status "closed" on its next poll and offers a new conversation. */
export async function closeConversation(db: Db, shop: string, conversationId: string, now: Date = new Date()) {
  const conversation = await ownConversation(db, shop, conversationId);
  if (conversation.status === "closed") return;
  await db.conversation.update({
    where: { id: conversationId },
    data: { status: "closed", waitingSince: null, resolvedAt: now },
  });
}

/**
 * The shopper is waiting for a person from `at` (unless already waiting). The engine calls this when it hands
 * off, and when a shopper writes into a conversation a person owns; notify-handoff calls it too, so the Inbox
 * order and reminders work even before that hook exists. Returns when the wait started.
 */
export async function markWaitingForHuman(db: Db, conversationId: string, at: Date): Promise<Date> {
  await db.conversation.updateMany({ where: { id: conversationId, waitingSince: null, status: { in: ["waiting_for_human", "human"] } }, data: { waitingSince: at } });
  await db.conversation.updateMany({ where: { id: conversationId, handoffAt: null, status: { in: ["waiting_for_human", "human"] } }, data: { handoffAt: at } });
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: { waitingSince: true } });
  return row?.waitingSince ?? at;
}

export async function addNote(db: Db, shop: string, conversationId: string, args: { body: string; staff: Staff }) {
  await ownConversation(db, shop, conversationId);
  return db.inboxNote.create({ data: { shop, conversationId, staffId: args.staff.id, staffName: args.staff.name, body: args.body } });
}

export async function listSavedReplies(db: Db, shop: string) {
  return db.savedReply.findMany({ where: { shop }, orderBy: { title: "asc" }, select: { id: true, title: true, body: true } });
}

/** Saving under an existing title replaces that reply. */
export async function saveReply(db: Db, shop: string, args: { title: string; body: string }) {
  return db.savedReply.upsert({
    where: { shop_title: { shop, title: args.title } },
    create: { shop, title: args.title, body: args.body },
    update: { body: args.body },
  });
}

export async function deleteSavedReply(db: Db, shop: string, id: string) {
  await db.savedReply.deleteMany({ where: { id, shop } });
}

export function serviceLevelOf(c: { handoffAt: Date | null; firstHumanReplyAt: Date | null; resolvedAt: Date | null }) {
  const minutes = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, (to.getTime() - from.getTime()) / 60_000) : null);
  return {
    handoffAt: c.handoffAt?.toISOString() ?? null,
    firstHumanReplyMinutes: minutes(c.handoffAt, c.firstHumanReplyAt),
    resolutionMinutes: minutes(c.handoffAt, c.resolvedAt),
  };
}

/** What a person needs at a glance from the stored understanding: intent, how sure, mood, deadlines. */
function summariseUnderstanding(raw: unknown) {
  const u = (raw ?? {}) as Partial<Understanding>;
  return {
    intent: u.intent ?? null,
    confidence: typeof u.confidence === "number" ? u.confidence : null,
    sentiment: u.sentiment?.label ?? null,
    urgencyCues: u.urgency?.urgent ? u.urgency.cues : [],
  };
}

function parseJson(text: string, fallback: unknown) {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
