import type { Db } from "../../db.server";
import { findShopperConversation, messagesAfter, toPublicMessage } from "./conversation-store.server";
import type { ConversationStatus, ConversationView } from "./types";

/** What the bubble polls for: messages after the last one it has (staff replies arrive this way). */
export async function pollConversation(
  db: Db,
  args: { shop: string; customerId: string | null; conversationId: string; visitorId: string; after?: string; linkedConversationId?: string | null },
): Promise<ConversationView> {
  const conversation = await findShopperConversation(db, args);
  const messages = await messagesAfter(db, conversation.id, args.after ?? null);
  // Only when the bubble loads the whole conversation (its panel opening), not on every poll.
  const rated = args.after ? undefined : (await db.satisfactionRating.count({ where: { conversationId: conversation.id } })) > 0;
  return {
    conversationId: conversation.id,
    status: conversation.status as ConversationStatus,
    language: conversation.language,
    messages: messages.map(toPublicMessage),
    ...(rated === undefined ? {} : { rated }),
  };
}
