import type { Db } from "../../db.server";
import type { Reason } from "../routing/types";
import type { Understanding } from "../understanding/types";
import { appendMessage, updateConversation } from "./conversation-store.server";
import { ConversationNotFoundError, type ConversationStatus } from "./types";

export type InboxFilter = "needs_reply" | "mine" | "all";

const STATUSES_BY_FILTER: Record<InboxFilter, ConversationStatus[] | null> = {
  needs_reply: ["waiting_for_human"],
  mine: ["human"],
  all: null,
};

/** Conversations handed to people, most urgent (oldest waiting) first for "needs reply". */
export async function listInbox(db: Db, shop: string, filter: InboxFilter = "needs_reply") {
  const statuses = STATUSES_BY_FILTER[filter];
  const rows = await db.conversation.findMany({
    where: { shop, ...(statuses ? { status: { in: statuses } } : {}) },
    orderBy: { lastMessageAt: filter === "needs_reply" ? "asc" : "desc" },
    take: 100,
    // The preview is what the shopper last said: that is what the person picking it up needs to see.
    include: { messages: { where: { author: "shopper" }, orderBy: { createdAt: "desc" }, take: 1 } },
  });
  return rows.map((c) => ({
    id: c.id,
    status: c.status as ConversationStatus,
    customerId: c.customerId,
    contactEmail: c.contactEmail,
    language: c.language,
    handoffReason: c.handoffReason,
    holdout: c.holdout,
    lastMessageAt: c.lastMessageAt.toISOString(),
    lastShopperMessage: c.messages[0]?.body ?? "",
    ...flags(c.messages[0]?.understanding ?? null),
  }));
}

export async function getThread(db: Db, shop: string, conversationId: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, shop },
    include: {
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      decisions: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!conversation) throw new ConversationNotFoundError();
  return {
    id: conversation.id,
    status: conversation.status as ConversationStatus,
    customerId: conversation.customerId,
    contactEmail: conversation.contactEmail,
    language: conversation.language,
    handoffReason: conversation.handoffReason,
    holdout: conversation.holdout,
    context: safeJson(conversation.context, {}) as Record<string, unknown>,
    messages: conversation.messages.map((m) => ({
      id: m.id,
      author: m.author,
      body: m.body,
      staffName: m.staffName,
      feedback: m.feedback,
      createdAt: m.createdAt.toISOString(),
      understanding: m.understanding ? summariseUnderstanding(safeJson(m.understanding, null)) : null,
    })),
    decisions: conversation.decisions.map((d) => ({
      id: d.id,
      messageId: d.messageId,
      kind: d.kind,
      intent: d.intent,
      confidence: d.confidence,
      reasons: safeJson(d.reasons, []) as Reason[],
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

/** A staff reply takes ownership: from now on the bot stays silent in this conversation. */
export async function replyAsStaff(db: Db, shop: string, conversationId: string, args: { body: string; staffName: string }) {
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, shop } });
  if (!conversation) throw new ConversationNotFoundError();
  const message = await appendMessage(db, { conversationId, author: "staff", body: args.body, staffName: args.staffName });
  await updateConversation(db, conversationId, { status: "human", assignedStaff: args.staffName });
  return message;
}

export async function closeConversation(db: Db, shop: string, conversationId: string) {
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, shop } });
  if (!conversation) throw new ConversationNotFoundError();
  await updateConversation(db, conversationId, { status: "closed" });
}

function flags(understanding: string | null) {
  const u = understanding ? summariseUnderstanding(safeJson(understanding, null)) : null;
  return { upset: u?.sentiment === "negative", urgent: Boolean(u?.urgencyCues.length) };
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

function safeJson(text: string, fallback: unknown) {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
