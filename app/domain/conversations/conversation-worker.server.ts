import { randomUUID } from "node:crypto";
import { directSql, type Db } from "../../db.server";
import type { Intent } from "../understanding/types";
import { moodFlags, type Lease } from "./conversation-store.server";
import { LEASE_MS } from "./message-states";
import type { ShopperMessagePipeline } from "./pipeline";
import { decideTurn, type ConversationState, type TurnOutcome } from "./turn.server";
import {
  commitTurnWrites,
  decisionRows,
  dropLease,
  jobRows,
  loadWork,
  replyRows,
  takeLease,
  type WorkingConversation,
  type WrittenReply,
} from "./message-path-sql.server";

/**
 * One worker at a time per conversation, across instances: a lease on the conversation row, taken with
 * a conditional update (works the same on SQLite and PostgreSQL). The holder processes the conversation's
 * `received` messages oldest first, so two quick messages are answered in order and each sees the
 * context the previous one left.
 */
/** A fresh lease for a conversation about to be created (it starts held by its creator). */
export function newLease(now = new Date()): Lease {
  return { token: randomUUID(), until: new Date(now.getTime() + LEASE_MS) };
}

/** One conditional UPDATE: atomic on both databases, no transaction needed. */
export async function acquireLease(db: Db, conversationId: string, token: string, now: Date): Promise<boolean> {
  return takeLease(db, conversationId, token, now, new Date(now.getTime() + LEASE_MS));
}

export async function releaseLease(db: Db, conversationId: string, token: string) {
  await dropLease(db, conversationId, token);
}

export type WorkMode = "request" | "recovery";

/** A conversation and its waiting messages, as the worker reads them (or as their creator just wrote them). */
export type KnownWork = Awaited<ReturnType<typeof loadWork>>;

/**
 * Processes the conversation's waiting messages if no one else is. Returns false when another worker
 * holds the lease (the caller may wait and try again).
 */
/** What a worker did with one message: the conversation's status after it and the replies it wrote. */
export interface FinishedTurn {
  status: string;
  replies: WrittenReply[];
}

export async function workConversation(
  p: ShopperMessagePipeline,
  conversationId: string,
  mode: WorkMode,
  /** A lease the caller already holds (a conversation created holding it), and what it just wrote, if it knows. */
  held?: Lease,
  known?: KnownWork | null,
): Promise<Map<string, FinishedTurn> | null> {
  const token = held?.token ?? randomUUID();
  // Wall-clock time, not the pipeline's clock (which tests move to a business day): leases are shared across processes.
  if (!held && !(await acquireLease(p.db, conversationId, token, new Date()))) return null;
  const finished = new Map<string, FinishedTurn>();
  let released = false;
  try {
    const work = (held && known) || (await loadWork(p.db, conversationId));
    let state: WorkingConversation = work.conversation;
    for (const [index, message] of work.messages.entries()) {
      const outcome = await outcomeFor(p, state, message, mode);
      // The last turn of the batch releases the lease in its own transaction. A message stored meanwhile
      // is not lost: its request is waiting and takes the lease next (or the recovery job does).
      const release = index === work.messages.length - 1;
      const replies = await commitTurn(p.db, { conversationId, token, message, status: state.status, outcome, release });
      if (!replies) break; // message already finished elsewhere: stop, the other worker continues
      released = release;
      if (outcome.jobs.length > 0) p.jobsCommitted?.();
      state = { ...state, ...outcome.conversation };
      finished.set(message.id, { status: state.status, replies });
    }
  } finally {
    if (!released) await releaseLease(p.db, conversationId, token);
  }
  return finished;
}

async function outcomeFor(
  p: ShopperMessagePipeline,
  conversation: ConversationState,
  message: { id: string; body: string; attempts: number },
  mode: WorkMode,
): Promise<TurnOutcome> {
  if (mode === "recovery") {
    // Counted before trying: a message that crashes the process every time is handed off on the next run.
    await p.db.message.update({ where: { id: message.id }, data: { attempts: { increment: 1 } } });
    if (message.attempts >= 1) return interruptedOutcome(p, conversation);
  }
  return decideTurn(p, conversation, message);
}

/** The message was tried and did not finish twice: a person takes it rather than a third try. */
async function interruptedOutcome(p: ShopperMessagePipeline, conversation: ConversationState): Promise<TurnOutcome> {
  const { handOffOutcome } = await import("./turn.server");
  return handOffOutcome(p, conversation, {
    kind: "handoff",
    intent: "other" as Intent,
    reasons: [{ code: "processing_interrupted", detail: "The message could not be processed after a retry (crash, timeout or outage)" }],
  });
}

/**
 * Writes a turn's whole outcome in one transaction: the replies, the decision record, the conversation's
 * status and context, and the message's state. The claim comes first and, when it fails, the
 * transaction commits having written nothing (never a rollback: on SQLite other requests' statements can
 * share the connection while a transaction is open, and a rollback would undo them too).
 * Returns the replies written, or null when another worker had already finished the message.
 */
export async function commitTurn(
  db: Db,
  args: {
    conversationId: string;
    token: string;
    message: { id: string; createdAt: Date };
    /** The conversation's status before this turn. */
    status: string;
    outcome: TurnOutcome;
    release?: boolean;
  },
): Promise<WrittenReply[] | null> {
  const { outcome } = args;
  // Wall-clock time (not the pipeline's clock, which tests move): replies sort after the shopper's message.
  const now = new Date(Math.max(Date.now(), args.message.createdAt.getTime() + 1));
  // The Inbox's waiting clock starts with the handoff (or when the shopper writes to a person who owns the conversation).
  const waiting = !!outcome.waiting && WITH_A_PERSON.has(outcome.conversation.status ?? args.status);
  const replies = replyRows(args.conversationId, outcome.replies, now);
  const jobs = jobRows(outcome.jobs, now);
  const inserts = [
    ...(replies.insert ? [replies.insert] : []),
    // In the same transaction as the state change: a handoff and its notification are committed together.
    ...(jobs ? [jobs] : []),
    ...(outcome.decision ? decisionRows(args.conversationId, args.message.id, outcome.decision) : []),
  ];
  const claimed = await commitTurnWrites(
    directSql(db),
    { messageId: args.message.id, understanding: outcome.understanding ? JSON.stringify(outcome.understanding) : null },
    {
      conversationId: args.conversationId,
      changes: { ...outcome.conversation, ...moodFlags(outcome.understanding) },
      at: now,
      release: args.release ?? false,
      waitingFrom: waiting ? now : null,
    },
    inserts,
  );
  return claimed ? replies.written : null;
}

/** Statuses in which the shopper waits for, or talks to, a person. */
const WITH_A_PERSON = new Set(["waiting_for_human", "human"]);
