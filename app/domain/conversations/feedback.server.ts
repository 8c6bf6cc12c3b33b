import type { Db } from "../../db.server";
import { isWithinBusinessHours, nextOpening } from "../routing/business-hours";
import type { RoutingDecision } from "../routing/types";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import { LANGUAGES, type Intent, type Language } from "../understanding/types";
import {
  appendMessage,
  countBotFailures,
  findShopperConversation,
  recordDecision,
  recordFeedback,
  toPublicMessage,
  updateConversation,
} from "./conversation-store.server";
import { handoffMessage } from "./routing-messages";
import type { ConversationStatus, ConversationView } from "./types";

/**
 * Thumbs on a bot answer. The bot failing twice (down-votes plus "that's not what I asked" / rephrases
 * counted by the message pipeline) hands the conversation to a person right away, not at the next message.
 */
export async function recordShopperFeedback(
  db: Db,
  args: { shop: string; customerId: string | null; conversationId: string; visitorId: string; messageId: string; value: "up" | "down"; linkedConversationId?: string | null },
  now: Date = new Date(),
): Promise<ConversationView> {
  const conversation = await findShopperConversation(db, args);
  await recordFeedback(db, { conversationId: conversation.id, messageId: args.messageId, value: args.value });
  const status = conversation.status as ConversationStatus;
  if (args.value === "up" || status !== "bot") return { conversationId: conversation.id, status, messages: [] };

  const context = JSON.parse(conversation.context || "{}") as { botFailures?: number; lastBotIntent?: Intent | null };
  const failures = (context.botFailures ?? 0) + (await countBotFailures(db, conversation.id));
  if (failures < 2) return { conversationId: conversation.id, status, messages: [] };

  const settings = await loadShopSettings(db, args.shop);
  const open = isWithinBusinessHours(now, settings.businessHours);
  const decision: RoutingDecision = {
    kind: "handoff",
    intent: context.lastBotIntent ?? "other",
    reasons: [{ code: "bot_failed_twice", detail: `The bot failed ${failures} times in this conversation (thumbs down)` }],
    ...(open ? {} : { nextHumanAvailableAt: nextOpening(now, settings.businessHours)?.toISOString(), askForEmail: !conversation.customerId }),
  };
  if (!open) decision.reasons.push({ code: "outside_business_hours", detail: "Outside business hours" });
  const language = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : "en";
  const text = handoffMessage(language, decision, {
    hasEmail: Boolean(conversation.contactEmail || conversation.customerId),
    timeZone: settings.businessHours.timezone,
  });
  const message = await appendMessage(db, { conversationId: conversation.id, author: "bot", body: text });
  await updateConversation(db, conversation.id, { status: "waiting_for_human", handoffReason: decision.reasons.map((r) => r.detail).join("; ") });
  await recordDecision(db, { conversationId: conversation.id, messageId: null, kind: decision.kind, intent: decision.intent, confidence: null, reasons: decision.reasons });
  return { conversationId: conversation.id, status: "waiting_for_human", messages: [toPublicMessage(message)] };
}
