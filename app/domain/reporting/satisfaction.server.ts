import type { Db } from "../../db.server";
import { findShopperConversation } from "../conversations/conversation-store.server";

/**
 * The shopper's answer to the end-of-conversation question (1..5). Only the visitor (and signed-in
 * customer) who owns the conversation may answer; answering again replaces the earlier answer, so a
 * retried request or a changed mind never counts twice.
 */
export async function recordSatisfaction(
  db: Db,
  args: { shop: string; customerId: string | null; conversationId: string; visitorId: string; score: number; linkedConversationId?: string | null },
): Promise<{ conversationId: string; score: number }> {
  const conversation = await findShopperConversation(db, args);
  const saved = await db.satisfactionRating.upsert({
    where: { conversationId: conversation.id },
    create: { conversationId: conversation.id, score: args.score },
    update: { score: args.score },
  });
  return { conversationId: saved.conversationId, score: saved.score };
}
