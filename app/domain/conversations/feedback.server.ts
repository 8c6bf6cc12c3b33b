import type { Db } from "../../db.server";
import { findShopperConversation, recordFeedback } from "./conversation-store.server";
import type { ConversationStatus } from "./types";

/** Thumbs on a bot answer. Down-votes count as bot failures in routing (two hand the conversation off). */
export async function recordShopperFeedback(
  db: Db,
  args: { shop: string; customerId: string | null; conversationId: string; visitorId: string; messageId: string; value: "up" | "down" },
) {
  const conversation = await findShopperConversation(db, args);
  await recordFeedback(db, { conversationId: conversation.id, messageId: args.messageId, value: args.value });
  return { conversationId: conversation.id, status: conversation.status as ConversationStatus, messages: [] };
}
