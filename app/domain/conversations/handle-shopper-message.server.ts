import type { Db } from "../../db.server";
import { openConversation, storeShopperMessage, toPublicMessage } from "./conversation-store.server";
import { workConversation } from "./conversation-worker.server";
import { WAIT_FOR_OUTCOME_MS } from "./message-states";
import type { ShopperMessagePipeline } from "./pipeline";
import type { ConversationStatus, ConversationView } from "./types";

export interface ShopperMessageInput {
  shop: string;
  /** Only from a signed app proxy request. */
  customerId: string | null;
  visitorId: string;
  conversationId?: string | null;
  /** The bubble's key for a conversation it is starting (dedupes retried and concurrent first messages). */
  conversationKey?: string | null;
  clientMessageId: string;
  text: string;
}

/**
 * One shopper message, end to end: stored first (exactly once, whatever is retried or sent twice), then
 * processed by whoever holds the conversation — this request, or the one before it, in order — and the
 * outcome returned. If the outcome is not there in time the view says `pending`: the message is safe and
 * will be answered (by the worker that holds the conversation, or by the recovery job), and the bubble's
 * polling shows the reply.
 */
export async function handleShopperMessage(p: ShopperMessagePipeline, input: ShopperMessageInput): Promise<ConversationView> {
  const conversation = await openConversation(p.db, {
    shop: input.shop,
    visitorId: input.visitorId,
    customerId: input.customerId,
    conversationId: input.conversationId,
    clientKey: input.conversationKey ?? `first:${input.clientMessageId}`,
    // If the settings can't be read, no group is stored and the conversation falls back to its bucket.
    holdoutPercent: () => p.loadSettings(input.shop).then((s) => s.holdoutPercent, () => undefined),
  });
  const message = await storeShopperMessage(p.db, { conversationId: conversation.id, clientMessageId: input.clientMessageId, body: input.text });
  const done = message.state === "done" || (await awaitOutcome(p, conversation.id, message.id));
  return view(p.db, conversation.id, message, !done);
}

/** Works the conversation, or waits while another worker does; true once the message has its outcome. */
async function awaitOutcome(p: ShopperMessagePipeline, conversationId: string, messageId: string): Promise<boolean> {
  const deadline = Date.now() + WAIT_FOR_OUTCOME_MS;
  let pause = 10;
  for (;;) {
    const finished = await workConversation(p, conversationId, "request");
    if (finished?.has(messageId)) return true;
    const state = await p.db.message.findUnique({ where: { id: messageId }, select: { state: true } });
    if (state?.state === "done") return true;
    if (Date.now() + pause > deadline) return false;
    // We held the conversation and our message is still waiting (more than a batch was queued): go again now.
    if (finished) continue;
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 200);
  }
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
