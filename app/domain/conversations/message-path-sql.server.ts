import { randomUUID } from "node:crypto";
import { Prisma, type Db } from "../../db.server";
import type { ConversationState, TurnOutcome } from "./turn.server";
import { reasonCodeRows } from "./conversation-store.server";

// The statements every shopper message runs, as parameterised raw SQL (the same text on SQLite and
// PostgreSQL). Why not Prisma's model API here: Prisma 6's query compiler compiles every model query
// afresh (no plan cache until Prisma 7.4), which measured about 1 ms of CPU per query against 0.25 ms for a
// raw statement, and it was the largest single cost of a message. See docs/decisions/0012-message-path-sql.md.
// Everything off the per-message path keeps the model API.

/** The conversation as a turn needs it, with the thumbs-down count folded into the same read. */
export type WorkingConversation = ConversationState & { thumbsDown: number };

export interface ReceivedMessage {
  id: string;
  body: string;
  attempts: number;
  createdAt: Date;
}

/** How many waiting messages one lease works through before letting the next worker in. */
export const BATCH = 20;

export async function loadWork(db: Db, conversationId: string): Promise<{ conversation: WorkingConversation; messages: ReceivedMessage[] }> {
  const [rows, messages] = await Promise.all([
    db.$queryRaw<(ConversationState & { thumbsDown: bigint | number })[]>`
      SELECT c."id", c."shop", c."visitorId", c."customerId", c."status", c."language", c."contactEmail", c."context", c."experimentGroup",
        (SELECT COUNT(*) FROM "Message" m WHERE m."conversationId" = c."id" AND m."author" = 'bot' AND m."feedback" = 'down') AS "thumbsDown"
      FROM "Conversation" c WHERE c."id" = ${conversationId}`,
    db.$queryRaw<ReceivedMessage[]>`
      SELECT "id", "body", "attempts", "createdAt" FROM "Message"
      WHERE "conversationId" = ${conversationId} AND "author" = 'shopper' AND "state" = 'received'
      ORDER BY "createdAt" ASC, "id" ASC LIMIT ${BATCH}`,
  ]);
  const row = rows[0];
  if (!row) throw new Error(`conversation ${conversationId} not found`);
  return { conversation: { ...row, thumbsDown: Number(row.thumbsDown) }, messages };
}

/** The conversation columns a turn may change: anything else in an outcome is a programming error. */
const CONVERSATION_COLUMNS = new Set(["status", "handoffReason", "holdout", "language", "contactEmail", "context", "upset", "urgent"]);

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface WrittenReply {
  id: string;
  author: "bot" | "system";
  body: string;
  createdAt: Date;
}

/** The claim: only the worker that moves the message out of `received` writes its outcome. */
export async function claimMessage(tx: Tx, messageId: string, understanding: string | null): Promise<boolean> {
  const count = understanding === null
    ? await tx.$executeRaw`UPDATE "Message" SET "state" = 'done' WHERE "id" = ${messageId} AND "state" = 'received'`
    : await tx.$executeRaw`UPDATE "Message" SET "state" = 'done', "understanding" = ${understanding} WHERE "id" = ${messageId} AND "state" = 'received'`;
  return count === 1;
}

export async function updateConversationAfterTurn(
  tx: Tx,
  conversationId: string,
  changes: TurnOutcome["conversation"] & { upset?: boolean; urgent?: boolean },
  at: Date,
  release: boolean,
): Promise<void> {
  const sets = [Prisma.sql`"lastMessageAt" = ${at}`, Prisma.sql`"updatedAt" = ${new Date()}`];
  for (const [column, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!CONVERSATION_COLUMNS.has(column)) throw new Error(`a turn may not change Conversation.${column}`);
    sets.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`);
  }
  if (release) sets.push(Prisma.sql`"lockedUntil" = NULL`, Prisma.sql`"lockToken" = NULL`);
  await tx.$executeRaw`UPDATE "Conversation" SET ${Prisma.join(sets)} WHERE "id" = ${conversationId}`;
}

/** The replies, one statement; explicit, increasing timestamps keep them in order after the shopper's message. */
export async function insertReplies(tx: Tx, conversationId: string, replies: TurnOutcome["replies"], at: Date): Promise<WrittenReply[]> {
  const written = replies.map((r, i) => ({ id: randomUUID(), author: r.author, body: r.body, createdAt: new Date(at.getTime() + i) }));
  if (written.length === 0) return written;
  const values = written.map((r) => Prisma.sql`(${r.id}, ${conversationId}, ${r.author}, ${r.body}, 'done', 0, ${r.createdAt})`);
  await tx.$executeRaw`INSERT INTO "Message" ("id", "conversationId", "author", "body", "state", "attempts", "createdAt") VALUES ${Prisma.join(values)}`;
  return written;
}

/** The decision record and its reason codes (one row per code, for the Inbox's filters). */
export async function insertDecision(tx: Tx, conversationId: string, messageId: string, decision: NonNullable<TurnOutcome["decision"]>): Promise<void> {
  const id = randomUUID();
  await tx.$executeRaw`INSERT INTO "RoutingDecisionRecord" ("id", "conversationId", "messageId", "kind", "intent", "confidence", "reasons", "createdAt")
    VALUES (${id}, ${conversationId}, ${messageId}, ${decision.kind}, ${decision.intent}, ${decision.confidence}, ${JSON.stringify(decision.reasons)}, ${new Date()})`;
  const codes = reasonCodeRows(decision.reasons);
  if (codes.length === 0) return;
  await tx.$executeRaw`INSERT INTO "RoutingReasonCode" ("id", "decisionId", "code") VALUES ${Prisma.join(codes.map((c) => Prisma.sql`(${randomUUID()}, ${id}, ${c.code})`))}`;
}
