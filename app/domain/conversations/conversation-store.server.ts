import { directSql, type Db } from "../../db.server";
import type { SqlRunner } from "../../db/direct-sql.server";
import { drawExperimentGroup } from "../routing/holdout";
import type { Reason } from "../routing/types";
import type { Understanding } from "../understanding/types";
import {
  conversationByKey,
  insertConversation,
  insertConversationWithMessage,
  insertShopperMessage,
  freshWork,
  shopperConversationById,
  type NewConversation,
  type OpenedConversation,
  type StoredShopperMessage,
} from "./message-path-sql.server";
import {
  ConversationNotFoundError,
  type ConversationStatus,
  type MessageAuthor,
  type PublicMessage,
} from "./types";

type MessageRow = {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
  clientMessageId: string | null;
  staffName: string | null;
};

export function toPublicMessage(m: MessageRow): PublicMessage {
  return {
    id: m.id,
    author: m.author as MessageAuthor,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
    clientMessageId: m.clientMessageId,
    staffName: m.staffName,
  };
}

/**
 * A shopper may only reach a conversation with the visitor id their bubble created it with, and a
 * conversation started by a logged-in customer only from that same signed-in customer.
 */
export async function findShopperConversation(
  db: Db,
  args: { shop: string; conversationId: string; visitorId: string; customerId: string | null; linkedConversationId?: string | null },
) {
  // Another visitor id may read the conversation only with a verified link for exactly this conversation
  // (an emailed reply opened on another device; see reopen-token.server.ts). The customer check below still applies.
  const byLink = !!args.linkedConversationId && args.linkedConversationId === args.conversationId;
  const conversation = await db.conversation.findFirst({
    where: { id: args.conversationId, shop: args.shop, ...(byLink ? {} : { visitorId: args.visitorId }) },
  });
  if (!conversation) throw new ConversationNotFoundError();
  if (conversation.customerId && conversation.customerId !== args.customerId) throw new ConversationNotFoundError();
  return conversation;
}

/**
 * `holdoutPercent` is the shop's percentage now: the conversation's experiment group is drawn from it once, here,
 * and stored, so a later change of the percentage does not move it. Without it (tests of other things) no group
 * is stored and reports fall back to the conversation's bucket.
 */
export async function startConversation(
  db: Db,
  args: { shop: string; visitorId: string; customerId: string | null; language?: string; clientKey?: string | null; lease?: Lease; holdoutPercent?: number },
) {
  return db.conversation.create({
    data: {
      shop: args.shop,
      visitorId: args.visitorId,
      customerId: args.customerId,
      language: args.language ?? "en",
      clientKey: args.clientKey ?? null,
      ...(args.lease ? { lockToken: args.lease.token, lockedUntil: args.lease.until } : {}),
      experimentGroup: args.holdoutPercent === undefined ? null : drawExperimentGroup(args.holdoutPercent, experimentKey(args)),
    },
  });
}

/** A processing lease (see conversation-worker.server.ts) a new conversation can be created holding. */
export interface Lease {
  token: string;
  until: Date;
}

/** What names a conversation before it has an id; its experiment group is drawn from it. */
export function experimentKey(args: { shop: string; visitorId: string; clientKey?: string | null }): string {
  return `${args.shop}:${args.visitorId}:${args.clientKey ?? ""}`;
}

type Work = ReturnType<typeof freshWork>;

interface OpenArgs {
  shop: string;
  visitorId: string;
  customerId: string | null;
  conversationId?: string | null;
  clientKey: string;
  lease?: Lease;
  linkedConversationId?: string | null;
  language?: string;
  /** The shop's holdout percentage, read only when a conversation is created. */
  holdoutPercent?: () => Promise<number | undefined>;
}

/**
 * The conversation a message belongs to, and the message stored in it as `received` (a retried send, same
 * client id, returns the message stored before). Without a conversation id, the bubble's conversation key (or,
 * from an older bubble, the first message's client id) names the conversation: a retried or concurrent first
 * message finds the conversation the other one created instead of starting a second. A new conversation and
 * its first message are one transaction (one commit); a new conversation is created holding `lease`.
 */
export async function receiveShopperMessage(
  db: Db,
  args: OpenArgs & { clientMessageId: string; body: string },
): Promise<{ conversation: OpenedConversation; message: StoredShopperMessage; leased: Lease | null; work: Work | null }> {
  const direct = directSql(db);
  const message = { clientMessageId: args.clientMessageId, body: args.body };
  if (args.conversationId) {
    const conversation = await ownConversation(direct, { ...args, conversationId: args.conversationId });
    return { conversation, message: await insertShopperMessage(direct, { ...message, conversationId: conversation.id }), leased: null, work: null };
  }
  const holdoutPercent = await args.holdoutPercent?.();
  if (direct.dialect === "postgresql") {
    const fresh = newConversation(args, holdoutPercent);
    const inserted = await insertConversationWithMessage(direct, fresh, message);
    if (inserted) return { ...inserted, leased: fresh.lease, work: fresh.lease ? freshWork({ ...fresh, id: inserted.conversation.id }, inserted.message) : null };
    // The key was taken: the conversation exists, and the message is stored in it (or was, by the retried send).
    const existing = await keyedConversation(direct, args);
    return { conversation: existing, message: await insertShopperMessage(direct, { ...message, conversationId: existing.id }), leased: null, work: null };
  }
  return direct.transaction(async (tx) => {
    const opened = await newOrKeyedConversation(tx, args, holdoutPercent);
    const stored = await insertShopperMessage(tx, { ...message, conversationId: opened.conversation.id });
    // Created here, with this message its only one: the worker starts from what was just written.
    const work = opened.created && opened.leased ? freshWork(opened.created, stored) : null;
    return { conversation: opened.conversation, leased: opened.leased, message: stored, work };
  });
}

/** The conversation alone (see receiveShopperMessage). */
export async function openConversation(db: Db, args: OpenArgs): Promise<{ conversation: OpenedConversation; leased: Lease | null }> {
  const direct = directSql(db);
  if (args.conversationId) return { conversation: await ownConversation(direct, { ...args, conversationId: args.conversationId }), leased: null };
  const { conversation, leased } = await newOrKeyedConversation(direct, args, await args.holdoutPercent?.());
  return { conversation, leased };
}

async function ownConversation(runner: SqlRunner, args: OpenArgs & { conversationId: string }): Promise<OpenedConversation> {
  const conversation = await shopperConversationById(runner, {
    shop: args.shop,
    visitorId: args.visitorId,
    conversationId: args.conversationId,
    byLink: !!args.linkedConversationId && args.linkedConversationId === args.conversationId,
  });
  if (!conversation || (conversation.customerId && conversation.customerId !== args.customerId)) throw new ConversationNotFoundError();
  return conversation;
}

async function newOrKeyedConversation(
  runner: SqlRunner,
  args: OpenArgs,
  holdoutPercent: number | undefined,
): Promise<{ conversation: OpenedConversation; leased: Lease | null; created?: NewConversation & { id: string } }> {
  // Insert first: nearly every first message starts a conversation. A retry or a concurrent twin finds the
  // key taken and reads the one that won (which it does not hold the lease of).
  const fresh = newConversation(args, holdoutPercent);
  const created = await insertConversation(runner, fresh);
  if (created) return { conversation: created, leased: fresh.lease, created: { ...fresh, id: created.id } };
  return { conversation: await keyedConversation(runner, args), leased: null };
}

function newConversation(args: OpenArgs, holdoutPercent: number | undefined): NewConversation {
  return {
    shop: args.shop,
    visitorId: args.visitorId,
    customerId: args.customerId,
    language: args.language ?? "en",
    clientKey: args.clientKey,
    experimentGroup: holdoutPercent === undefined ? null : drawExperimentGroup(holdoutPercent, experimentKey(args)),
    lease: args.lease ?? null,
  };
}

/** The conversation another request created under this key. */
async function keyedConversation(runner: SqlRunner, args: OpenArgs): Promise<OpenedConversation> {
  const existing = await conversationByKey(runner, args);
  if (!existing) throw new Error("conversation key taken but no conversation found");
  // Only an existing conversation (never one just created for this caller) can belong to someone else.
  if (existing.customerId && existing.customerId !== args.customerId) throw new ConversationNotFoundError();
  return existing;
}

/** Stores the shopper's message as `received`; a retried send (same client id) returns the stored one. */
export async function storeShopperMessage(db: Db, args: { conversationId: string; clientMessageId: string; body: string }) {
  return insertShopperMessage(directSql(db), args);
}

/** Idempotent on clientMessageId: a retried send returns the stored message instead of a duplicate. */
export async function appendShopperMessage(
  db: Db,
  args: { conversationId: string; clientMessageId: string; body: string },
): Promise<{ message: MessageRow; duplicate: boolean }> {
  const existing = await db.message.findFirst({
    where: { conversationId: args.conversationId, clientMessageId: args.clientMessageId },
  });
  if (existing) return { message: existing, duplicate: true };
  try {
    const message = await db.message.create({
      data: { conversationId: args.conversationId, author: "shopper", body: args.body, clientMessageId: args.clientMessageId },
    });
    await db.conversation.update({ where: { id: args.conversationId }, data: { lastMessageAt: message.createdAt } });
    return { message, duplicate: false };
  } catch (error) {
    // Two concurrent retries of the same send: the unique index lets exactly one win.
    const winner = await db.message.findFirst({
      where: { conversationId: args.conversationId, clientMessageId: args.clientMessageId },
    });
    if (winner) return { message: winner, duplicate: true };
    throw error;
  }
}

export async function appendMessage(
  db: Db,
  args: { conversationId: string; author: Exclude<MessageAuthor, "shopper">; body: string; staffName?: string },
) {
  const message = await db.message.create({
    data: { conversationId: args.conversationId, author: args.author, body: args.body, staffName: args.staffName ?? null },
  });
  await db.conversation.update({ where: { id: args.conversationId }, data: { lastMessageAt: message.createdAt } });
  return message;
}

/** Stores a shopper message's understanding and sets its conversation's upset/urgent marks (as a committed turn does). */
export async function saveUnderstanding(db: Db, messageId: string, understanding: Pick<Understanding, "sentiment" | "urgency"> & Record<string, unknown>) {
  const message = await db.message.update({ where: { id: messageId }, data: { understanding: JSON.stringify(understanding) } });
  const flags = moodFlags(understanding);
  if (flags.upset || flags.urgent) await db.conversation.update({ where: { id: message.conversationId }, data: flags });
}

/** One row per distinct reason code (the Inbox filters on them). */
export function reasonCodeRows(reasons: readonly Reason[]): { code: string }[] {
  return [...new Set(reasons.map((r) => r.code))].map((code) => ({ code }));
}

/** The Inbox's upset/urgent flags a shopper message sets on its conversation (only ever set, never cleared here). */
export function moodFlags(understanding: Pick<Understanding, "sentiment" | "urgency"> | null | undefined): { upset?: true; urgent?: true } {
  return {
    ...(understanding?.sentiment?.label === "negative" ? { upset: true as const } : {}),
    ...(understanding?.urgency?.urgent ? { urgent: true as const } : {}),
  };
}

export async function recordDecision(
  db: Db,
  args: { conversationId: string; messageId: string | null; kind: string; intent: string; confidence: number | null; reasons: Reason[] },
) {
  return db.routingDecisionRecord.create({
    data: { ...args, reasons: JSON.stringify(args.reasons), reasonCodes: { create: reasonCodeRows(args.reasons) } },
  });
}

export async function updateConversation(
  db: Db,
  conversationId: string,
  data: Partial<{
    status: ConversationStatus;
    context: string;
    language: string;
    contactEmail: string | null;
    handoffReason: string | null;
    holdout: boolean;
    assignedStaff: string | null;
  }>,
) {
  return db.conversation.update({ where: { id: conversationId }, data });
}

/** Messages after `afterId` (exclusive), oldest first; all when afterId is absent or unknown. */
export async function messagesAfter(db: Db, conversationId: string, afterId?: string | null) {
  let since: Date | undefined;
  if (afterId) {
    const anchor = await db.message.findFirst({ where: { id: afterId, conversationId } });
    since = anchor?.createdAt;
  }
  const rows = await db.message.findMany({
    where: { conversationId, ...(since ? { createdAt: { gte: since } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // createdAt can tie within a millisecond; drop the anchor and anything at or before it in order.
  if (!afterId || !since) return rows;
  const index = rows.findIndex((r) => r.id === afterId);
  return index >= 0 ? rows.slice(index + 1) : rows;
}

export async function recordFeedback(db: Db, args: { conversationId: string; messageId: string; value: "up" | "down" }) {
  const message = await db.message.findFirst({ where: { id: args.messageId, conversationId: args.conversationId, author: "bot" } });
  if (!message) throw new ConversationNotFoundError();
  return db.message.update({ where: { id: message.id }, data: { feedback: args.value } });
}

export async function countBotFailures(db: Db, conversationId: string) {
  return db.message.count({ where: { conversationId, author: "bot", feedback: "down" } });
}
