import type { Db } from "../../db.server";
import { receiveShopperMessage, toPublicMessage, type Lease } from "./conversation-store.server";
import { newLease, workConversation, type FinishedTurn, type KnownWork } from "./conversation-worker.server";
import { languageHintFor } from "../understanding/language.server";
import { WAIT_FOR_OUTCOME_MS } from "./message-states";
import type { ShopperMessagePipeline } from "./pipeline";
import { messageState } from "./message-path-sql.server";
import type { ConversationStatus, ConversationView } from "./types";

export interface ShopperMessageInput {
  shop: string;
  /** Only from a signed app proxy request. */
  customerId: string | null;
  visitorId: string;
  conversationId?: string | null;
  /** A conversation the request proved access to with a signed link from an emailed reply (verified by the route). */
  linkedConversationId?: string | null;
  /** The bubble's key for a conversation it is starting (dedupes retried and concurrent first messages). */
  conversationKey?: string | null;
  clientMessageId: string;
  text: string;
  /** The storefront's locale ("fr-CA"): a new conversation starts in it, so short first messages follow the page. */
  locale?: string | null;
}

/**
 * One shopper message, end to end: stored first (exactly once, whatever is retried or sent twice), then
 * processed by whoever holds the conversation — this request, or the one before it, in order — and the
 * outcome returned. If the outcome is not there in time the view says `pending`: the message is safe and
 * will be answered (by the worker that holds the conversation, or by the recovery job), and the bubble's
 * polling shows the reply.
 */
export async function handleShopperMessage(pipeline: ShopperMessagePipeline, input: ShopperMessageInput): Promise<ConversationView> {
  const p = withSettingsReadOnce(pipeline);
  // A new conversation is created holding the processing lease, so its first message needs no second statement to take it.
  const { conversation, message, leased, work } = await receiveShopperMessage(p.db, {
    shop: input.shop,
    visitorId: input.visitorId,
    customerId: input.customerId,
    conversationId: input.conversationId,
    linkedConversationId: input.linkedConversationId,
    clientKey: input.conversationKey ?? `first:${input.clientMessageId}`,
    lease: newLease(),
    language: languageHintFor({ storefrontLocale: input.locale }),
    // If the settings can't be read, no group is stored and the conversation falls back to its bucket.
    holdoutPercent: () => p.loadSettings(input.shop).then((s) => s.holdoutPercent, () => undefined),
    clientMessageId: input.clientMessageId,
    body: input.text,
  });
  if (message.state === "done") return view(p.db, conversation.id, message, false);
  const outcome = await awaitOutcome(p, conversation.id, message.id, leased, work);
  // This request's own worker wrote the outcome: it knows what it wrote, no need to read it back.
  if (outcome !== "done" && outcome !== "pending") return ownView(conversation.id, message, outcome);
  return view(p.db, conversation.id, message, outcome === "pending");
}

/**
 * Works the conversation, or waits while another worker does. The turn when this request's worker
 * finished the message; "done" when someone else did; "pending" when the wait ran out.
 */
async function awaitOutcome(
  p: ShopperMessagePipeline,
  conversationId: string,
  messageId: string,
  held: Lease | null,
  known: KnownWork | null,
): Promise<FinishedTurn | "done" | "pending"> {
  const deadline = Date.now() + WAIT_FOR_OUTCOME_MS;
  let pause = 10;
  // Only the first pass holds the lease the conversation was created with, and knows what it wrote.
  for (let lease = held ?? undefined, work = known; ; lease = undefined, work = null) {
    const finished = await workConversation(p, conversationId, "request", lease, work);
    const mine = finished?.get(messageId);
    if (mine) return mine;
    if ((await messageState(p.db, messageId)) === "done") return "done";
    if (Date.now() + pause > deadline) return "pending";
    // We held the conversation and our message is still waiting (more than a batch was queued): go again now.
    if (finished) continue;
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 200);
  }
}

function ownView(conversationId: string, message: Parameters<typeof toPublicMessage>[0], turn: FinishedTurn): ConversationView {
  return {
    conversationId,
    status: turn.status as ConversationStatus,
    messages: [toPublicMessage(message), ...turn.replies.map((r) => toPublicMessage({ ...r, clientMessageId: null, staffName: null }))],
  };
}

/** The shopper's message and everything after it: what this request added (or, for a retry, added before). */
async function view(
  db: Db,
  conversationId: string,
  from: { id: string; createdAt: Date },
  pending: boolean,
): Promise<ConversationView> {
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      status: true,
      messages: { where: { createdAt: { gte: from.createdAt } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  // createdAt can tie within a millisecond: start at the shopper's message in (createdAt, id) order.
  const start = conversation.messages.findIndex((m) => m.id === from.id);
  const messages = start >= 0 ? conversation.messages.slice(start) : conversation.messages;
  return {
    conversationId,
    status: conversation.status as ConversationStatus,
    messages: messages.map(toPublicMessage),
    ...(pending ? { pending: true } : {}),
  };
}

/**
 * The shop's settings read at most once while handling one message: a new conversation's holdout group and the
 * turn need the same row, milliseconds apart. Scoped to this call, so a saved change applies to the next message.
 */
function withSettingsReadOnce(p: ShopperMessagePipeline): ShopperMessagePipeline {
  const read = new Map<string, ReturnType<ShopperMessagePipeline["loadSettings"]>>();
  return {
    ...p,
    loadSettings(shop) {
      let settings = read.get(shop);
      if (!settings) {
        settings = p.loadSettings(shop);
        // A failed read is not remembered: the turn tries again (and hands off if it fails again).
        settings.catch(() => read.delete(shop));
        read.set(shop, settings);
      }
      return settings;
    },
  };
}
