import { timeOrderedId } from "../../db/time-ordered-id";
import { directSql, type Db } from "../../db.server";
import { identifier, join, sql, type Sql } from "../../db/sql";
import type { DirectSql, SqlRunner } from "../../db/direct-sql.server";
import type { ConversationState, TurnOutcome } from "./turn.server";
import { reasonCodeRows } from "./conversation-store.server";

// The statements every shopper message runs, as parameterised SQL (the same text on SQLite and PostgreSQL)
// sent straight to the driver, prepared once per connection. Why not Prisma here: Prisma 6 compiles every
// model query afresh and sends even raw ones through its Wasm engine; profiled under load that was more than
// half of a message's CPU. See docs/decisions/0012-message-path-sql.md and 0020-direct-driver-message-path.md.
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
  const direct = directSql(db);
  const [rows, messages] = await Promise.all([
    direct.rows<WorkingConversation>(sql`
      SELECT c."id", c."shop", c."visitorId", c."customerId", c."status", c."language", c."contactEmail", c."context", c."experimentGroup",
        (SELECT COUNT(*) FROM "Message" m WHERE m."conversationId" = c."id" AND m."author" = 'bot' AND m."feedback" = 'down') AS "thumbsDown"
      FROM "Conversation" c WHERE c."id" = ${conversationId}`),
    direct.rows<ReceivedMessage>(sql`
      SELECT "id", "body", "attempts", "createdAt" FROM "Message"
      WHERE "conversationId" = ${conversationId} AND "author" = 'shopper' AND "state" = 'received'
      ORDER BY "createdAt" ASC, "id" ASC LIMIT ${BATCH}`),
  ]);
  const row = rows[0];
  if (!row) throw new Error(`conversation ${conversationId} not found`);
  return { conversation: { ...row, thumbsDown: Number(row.thumbsDown) }, messages };
}

/** The conversation columns a turn may change: anything else in an outcome is a programming error. */
const CONVERSATION_COLUMNS = new Set(["status", "handoffReason", "holdout", "language", "contactEmail", "context", "upset", "urgent"]);


export interface WrittenReply {
  id: string;
  author: "bot" | "system";
  body: string;
  createdAt: Date;
}

/** Rows to insert, kept as data so each database gets the statement shape that suits it (see commitTurnWrites). */
export interface RowInsert {
  table: "Message" | "RoutingDecisionRecord" | "RoutingReasonCode" | "JobOutbox";
  columns: readonly string[];
  rows: unknown[][];
  /** The unique column whose duplicate makes the insert a no-op. */
  skipDuplicateOf?: string;
}

/** The conversation after a turn (the waiting clock and handoff time start once: a later handoff keeps the first). */
export interface ConversationChange {
  conversationId: string;
  changes: TurnOutcome["conversation"] & { upset?: boolean; urgent?: boolean };
  at: Date;
  release: boolean;
  /** The shopper now waits for a person from this time, unless the clock already runs. */
  waitingFrom: Date | null;
}

/** The replies; explicit, increasing timestamps keep them in order after the shopper's message. */
export function replyRows(conversationId: string, replies: TurnOutcome["replies"], at: Date): { written: WrittenReply[]; insert: RowInsert | null } {
  const written = replies.map((r, i) => ({ id: timeOrderedId(), author: r.author, body: r.body, createdAt: new Date(at.getTime() + i) }));
  if (written.length === 0) return { written, insert: null };
  return {
    written,
    insert: {
      table: "Message",
      columns: ["id", "conversationId", "author", "body", "state", "attempts", "createdAt"],
      rows: written.map((r) => [r.id, conversationId, r.author, r.body, "done", 0, r.createdAt]),
    },
  };
}

/** The decision record and its reason codes (one row per code, for the Inbox's filters). */
export function decisionRows(conversationId: string, messageId: string, decision: NonNullable<TurnOutcome["decision"]>): RowInsert[] {
  const id = timeOrderedId();
  const inserts: RowInsert[] = [
    {
      table: "RoutingDecisionRecord",
      columns: ["id", "conversationId", "messageId", "kind", "intent", "confidence", "reasons", "createdAt"],
      rows: [[id, conversationId, messageId, decision.kind, decision.intent, decision.confidence, JSON.stringify(decision.reasons), new Date()]],
    },
  ];
  const codes = reasonCodeRows(decision.reasons);
  if (codes.length > 0) inserts.push({ table: "RoutingReasonCode", columns: ["id", "decisionId", "code"], rows: codes.map((c) => [timeOrderedId(), id, c.code]) });
  return inserts;
}

/** Job rows in the turn's own transaction; a second row with the same key is a no-op (see jobs/outbox.server.ts). */
export function jobRows(jobs: { name: string; payload: unknown; key: string }[], now: Date): RowInsert | null {
  if (jobs.length === 0) return null;
  return {
    table: "JobOutbox",
    columns: ["id", "name", "payload", "key", "runAt", "createdAt"],
    rows: jobs.map((job) => [timeOrderedId(), job.name, JSON.stringify(job.payload ?? null), job.key, now, now]),
    skipDuplicateOf: "key",
  };
}

function conversationSets(change: ConversationChange): Sql {
  const sets: Sql[] = [sql`"lastMessageAt" = ${change.at}`, sql`"updatedAt" = ${new Date()}`];
  for (const [column, value] of Object.entries(change.changes)) {
    if (value === undefined) continue;
    if (!CONVERSATION_COLUMNS.has(column)) throw new Error(`a turn may not change Conversation.${column}`);
    sets.push(sql`${identifier(column)} = ${value}`);
  }
  if (change.waitingFrom) {
    sets.push(sql`"waitingSince" = COALESCE("waitingSince", ${change.waitingFrom})`, sql`"handoffAt" = COALESCE("handoffAt", ${change.waitingFrom})`);
  }
  if (change.release) sets.push(sql`"lockedUntil" = NULL`, sql`"lockToken" = NULL`);
  return join(sets);
}

function claimSets(understanding: string | null): Sql {
  return understanding === null ? sql`"state" = 'done'` : sql`"state" = 'done', "understanding" = ${understanding}`;
}

const columnList = (columns: readonly string[]) => join(columns.map(identifier));
const onDuplicate = (insert: RowInsert) => (insert.skipDuplicateOf ? sql` ON CONFLICT (${identifier(insert.skipDuplicateOf)}) DO NOTHING` : sql``);

/**
 * A turn's outcome, written only if this worker claims the message (moves it out of `received`): the claim,
 * the conversation, the replies, jobs and decision, all or nothing. False when another worker had already
 * finished the message (then nothing is written).
 *
 * SQLite: a transaction of one statement each (in-process calls, no round trips). PostgreSQL: one statement,
 * so one round trip and no BEGIN/COMMIT: the claim is a WITH clause and every write is conditional on it
 * (each row an INSERT … SELECT … FROM the claim, so PostgreSQL types the values from the target columns).
 * No two parts touch the same row, and foreign keys are checked at the end of the statement.
 */
export async function commitTurnWrites(
  direct: DirectSql,
  claim: { messageId: string; understanding: string | null },
  conversation: ConversationChange,
  inserts: RowInsert[],
): Promise<boolean> {
  if (direct.dialect === "sqlite") {
    return direct.transaction(async (tx) => {
      const claimed = await tx.run(sql`UPDATE "Message" SET ${claimSets(claim.understanding)} WHERE "id" = ${claim.messageId} AND "state" = 'received'`);
      if (claimed !== 1) return false;
      await tx.run(sql`UPDATE "Conversation" SET ${conversationSets(conversation)} WHERE "id" = ${conversation.conversationId}`);
      for (const insert of inserts) {
        const rows = join(insert.rows.map((row) => sql`(${join(row.map((value) => sql`${value}`))})`));
        await tx.run(sql`INSERT INTO ${identifier(insert.table)} (${columnList(insert.columns)}) VALUES ${rows}${onDuplicate(insert)}`);
      }
      return true;
    });
  }
  const parts: Sql[] = [
    sql`"claimed" AS (UPDATE "Message" SET ${claimSets(claim.understanding)} WHERE "id" = ${claim.messageId} AND "state" = 'received' RETURNING "id")`,
    sql`"conversation" AS (UPDATE "Conversation" SET ${conversationSets(conversation)} WHERE "id" = ${conversation.conversationId} AND EXISTS (SELECT 1 FROM "claimed"))`,
  ];
  for (const insert of inserts) {
    for (const row of insert.rows) {
      const values = join(row.map((value) => sql`${value}`));
      parts.push(sql`${identifier(`row${parts.length}`)} AS (INSERT INTO ${identifier(insert.table)} (${columnList(insert.columns)}) SELECT ${values} FROM "claimed"${onDuplicate(insert)})`);
    }
  }
  const [result] = await direct.rows<{ claimed: number }>(sql`WITH ${join(parts)} SELECT COUNT(*) AS "claimed" FROM "claimed"`);
  return Number(result?.claimed) === 1;
}

// ---- the conversation and the shopper's message, stored before anything else ----

/** What the message path needs of a conversation it opens. */
export interface OpenedConversation {
  id: string;
  customerId: string | null;
}

export interface NewConversation {
  shop: string;
  visitorId: string;
  customerId: string | null;
  language: string;
  clientKey: string | null;
  experimentGroup: string | null;
  lease: { token: string; until: Date } | null;
}

/**
 * Inserts the conversation unless its (shop, visitor, key) already names one: null then, and the caller reads
 * the existing one. ON CONFLICT DO NOTHING rather than a caught unique violation, which would abort a
 * PostgreSQL transaction and costs an exception either way.
 */
export async function insertConversation(runner: SqlRunner, c: NewConversation): Promise<OpenedConversation | null> {
  const now = new Date();
  const rows = await runner.rows<OpenedConversation>(sql`
    INSERT INTO "Conversation" ("id", "shop", "visitorId", "customerId", "status", "language", "context", "holdout", "experimentGroup", "clientKey",
      "lockedUntil", "lockToken", "upset", "urgent", "createdAt", "updatedAt", "lastMessageAt")
    VALUES (${timeOrderedId()}, ${c.shop}, ${c.visitorId}, ${c.customerId}, 'bot', ${c.language}, '{}', ${false}, ${c.experimentGroup}, ${c.clientKey},
      ${c.lease?.until ?? null}, ${c.lease?.token ?? null}, ${false}, ${false}, ${now}, ${now}, ${now})
    ON CONFLICT ("shop", "visitorId", "clientKey") DO NOTHING
    RETURNING "id", "customerId"`);
  return rows[0] ?? null;
}

/** A conversation this request just created, as the worker would read it back: no need to read it. */
export function freshWork(c: NewConversation & { id: string }, message: StoredShopperMessage): { conversation: WorkingConversation; messages: ReceivedMessage[] } {
  return {
    conversation: {
      id: c.id,
      shop: c.shop,
      visitorId: c.visitorId,
      customerId: c.customerId,
      status: "bot",
      language: c.language,
      contactEmail: null,
      context: "{}",
      experimentGroup: c.experimentGroup,
      thumbsDown: 0,
    },
    messages: [{ id: message.id, body: message.body, attempts: message.attempts, createdAt: message.createdAt }],
  };
}

export async function conversationByKey(runner: SqlRunner, key: { shop: string; visitorId: string; clientKey: string }): Promise<OpenedConversation | null> {
  const rows = await runner.rows<OpenedConversation>(sql`
    SELECT "id", "customerId" FROM "Conversation" WHERE "shop" = ${key.shop} AND "visitorId" = ${key.visitorId} AND "clientKey" = ${key.clientKey}`);
  return rows[0] ?? null;
}

/** The conversation if it is this shop's and (unless a verified link opened it) this visitor's. */
export async function shopperConversationById(
  runner: SqlRunner,
  args: { shop: string; conversationId: string; visitorId: string; byLink: boolean },
): Promise<OpenedConversation | null> {
  const rows = args.byLink
    ? await runner.rows<OpenedConversation>(sql`SELECT "id", "customerId" FROM "Conversation" WHERE "id" = ${args.conversationId} AND "shop" = ${args.shop}`)
    : await runner.rows<OpenedConversation>(
        sql`SELECT "id", "customerId" FROM "Conversation" WHERE "id" = ${args.conversationId} AND "shop" = ${args.shop} AND "visitorId" = ${args.visitorId}`,
      );
  return rows[0] ?? null;
}

export interface StoredShopperMessage {
  id: string;
  body: string;
  clientMessageId: string | null;
  staffName: string | null;
  author: string;
  state: string;
  attempts: number;
  createdAt: Date;
}

const STORED_COLUMNS = sql`"id", "author", "body", "clientMessageId", "staffName", "state", "attempts", "createdAt"`;

/** Stores the shopper's message as `received`, or returns the one a retried send (same client id) stored before. */
export async function insertShopperMessage(
  direct: SqlRunner,
  args: { conversationId: string; clientMessageId: string; body: string },
): Promise<StoredShopperMessage> {
  const [inserted] = await direct.rows<StoredShopperMessage>(sql`
    INSERT INTO "Message" ("id", "conversationId", "author", "body", "clientMessageId", "state", "attempts", "createdAt")
    VALUES (${timeOrderedId()}, ${args.conversationId}, 'shopper', ${args.body}, ${args.clientMessageId}, 'received', 0, ${new Date()})
    ON CONFLICT ("conversationId", "clientMessageId") DO NOTHING
    RETURNING ${STORED_COLUMNS}`);
  if (inserted) return inserted;
  const [existing] = await direct.rows<StoredShopperMessage>(sql`
    SELECT ${STORED_COLUMNS} FROM "Message" WHERE "conversationId" = ${args.conversationId} AND "clientMessageId" = ${args.clientMessageId}`);
  if (!existing) throw new Error(`message ${args.clientMessageId} neither stored nor found`);
  return existing;
}

/**
 * PostgreSQL only: a new conversation and its first message in one statement (one round trip, atomic), or
 * null when the conversation's key was already taken (a retry or a concurrent twin: nothing was written).
 * SQLite does the same as two statements in one transaction, which costs it no round trips.
 */
export async function insertConversationWithMessage(
  runner: SqlRunner,
  c: NewConversation,
  m: { clientMessageId: string; body: string },
): Promise<{ conversation: OpenedConversation; message: StoredShopperMessage } | null> {
  if (runner.dialect !== "postgresql") throw new Error("insertConversationWithMessage is for PostgreSQL");
  const now = new Date();
  const [row] = await runner.rows<StoredShopperMessage>(sql`
    WITH c AS (
      INSERT INTO "Conversation" ("id", "shop", "visitorId", "customerId", "status", "language", "context", "holdout", "experimentGroup", "clientKey",
        "lockedUntil", "lockToken", "upset", "urgent", "createdAt", "updatedAt", "lastMessageAt")
      VALUES (${timeOrderedId()}, ${c.shop}, ${c.visitorId}, ${c.customerId}, 'bot', ${c.language}, '{}', ${false}, ${c.experimentGroup}, ${c.clientKey},
        ${c.lease?.until ?? null}, ${c.lease?.token ?? null}, ${false}, ${false}, ${now}, ${now}, ${now})
      ON CONFLICT ("shop", "visitorId", "clientKey") DO NOTHING
      RETURNING "id"
    )
    INSERT INTO "Message" ("id", "conversationId", "author", "body", "clientMessageId", "state", "attempts", "createdAt")
    SELECT CAST(${timeOrderedId()} AS TEXT), c."id", 'shopper', CAST(${m.body} AS TEXT), CAST(${m.clientMessageId} AS TEXT), 'received', 0, CAST(${now} AS TIMESTAMP(3)) FROM c
    RETURNING ${STORED_COLUMNS}, "conversationId"`);
  if (!row) return null;
  const { conversationId, ...message } = row as StoredShopperMessage & { conversationId: string };
  return { conversation: { id: conversationId, customerId: c.customerId }, message };
}

export async function messageState(db: Db, messageId: string): Promise<string | null> {
  const [row] = await directSql(db).rows<{ state: string }>(sql`SELECT "state" FROM "Message" WHERE "id" = ${messageId}`);
  return row?.state ?? null;
}

// ---- the processing lease (see conversation-worker.server.ts) ----

export async function takeLease(db: Db, conversationId: string, token: string, now: Date, until: Date): Promise<boolean> {
  const count = await directSql(db).run(sql`UPDATE "Conversation" SET "lockedUntil" = ${until}, "lockToken" = ${token}
    WHERE "id" = ${conversationId} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`);
  return count === 1;
}

export async function dropLease(db: Db, conversationId: string, token: string): Promise<void> {
  await directSql(db).run(sql`UPDATE "Conversation" SET "lockedUntil" = NULL, "lockToken" = NULL WHERE "id" = ${conversationId} AND "lockToken" = ${token}`);
}
