import { z } from "zod";
import type { Db } from "../../db.server";
import { defineJob, type JobContext } from "../../jobs/types";
import { findShopperConversation } from "../conversations/conversation-store.server";
import { signReopenToken } from "../conversations/reopen-token.server";
import { getCustomerEmail } from "../conversations/customer-card.server";
import { ConversationNotFoundError } from "../conversations/types";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import { deliverOnce } from "./deliveries.server";
import { getShopContact } from "./shop-contact.server";
import { reopenLink, shopperEmailText } from "./shopper-email-text";
import { NotificationsUnavailableError } from "./types";

/** A staff reply the shopper has not seen for this long is emailed to them (if an email is known). */
export const REPLY_EMAIL_DELAY_MS = 3 * 60_000;
/** Older unseen replies are not emailed any more: a day-old "hi" in the inbox helps nobody. */
const REPLY_EMAIL_WINDOW_MS = 24 * 60 * 60_000;

/**
 * The shopper saw everything up to `messageId` in the open bubble. Only ever moves forward; an unknown message or
 * someone else's conversation is a ConversationNotFoundError (the route answers 404).
 */
export async function markSeen(
  db: Db,
  args: { shop: string; conversationId: string; visitorId: string; customerId: string | null; messageId: string; linkedConversationId?: string | null },
): Promise<{ seenAt: string }> {
  const conversation = await findShopperConversation(db, args);
  const message = await db.message.findFirst({ where: { id: args.messageId, conversationId: conversation.id } });
  if (!message) throw new ConversationNotFoundError();
  await db.conversation.updateMany({
    where: { id: conversation.id, OR: [{ shopperSeenAt: null }, { shopperSeenAt: { lt: message.createdAt } }] },
    data: { shopperSeenAt: message.createdAt },
  });
  const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { shopperSeenAt: true } });
  return { seenAt: (row.shopperSeenAt ?? message.createdAt).toISOString() };
}

/**
 * Every minute: conversations with a staff reply older than REPLY_EMAIL_DELAY_MS that the shopper hasn't seen get
 * one email with all their unseen replies and a link that reopens the conversation. Keyed by the newest reply in it.
 */
export const emailReplyJob = defineJob({
  name: "email-reply",
  payload: z.object({}).passthrough(),
  everyMs: 60_000,
  attempts: 3,
  backoffMs: 10_000,
  async run(_payload, context) {
    await sendDueReplyEmails(context);
  },
});

export async function sendDueReplyEmails(context: JobContext): Promise<{ emailed: string[]; skipped: string[] }> {
  const { db, now } = context.services;
  const services = context.services.notifications;
  if (!services) throw new NotificationsUnavailableError();
  const current = now().getTime();
  const delay = services.replyEmailDelayMs ?? REPLY_EMAIL_DELAY_MS;
  const due = await db.message.findMany({
    where: { author: "staff", createdAt: { gte: new Date(current - REPLY_EMAIL_WINDOW_MS), lte: new Date(current - delay) } },
    select: { conversationId: true },
    distinct: ["conversationId"],
    take: 500,
  });
  const emailed: string[] = [];
  const skipped: string[] = [];
  const errors: unknown[] = [];
  for (const { conversationId } of due) {
    try {
      const sent = await emailUnseenReplies(context, conversationId, current, delay);
      (sent ? emailed : skipped).push(conversationId);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw new AggregateError(errors, `Reply emails failed for ${errors.length} conversation(s)`);
  return { emailed, skipped };
}

async function emailUnseenReplies(context: JobContext, conversationId: string, current: number, delay: number): Promise<boolean> {
  const { db, now } = context.services;
  const services = context.services.notifications!;
  const conversation = await db.conversation.findUnique({ where: { id: conversationId } });
  if (!conversation) return false;
  const settings = await loadShopSettings(db, conversation.shop);
  if (!settings.notifications.emailRepliesToShoppers || !(await services.mailer.canSend(conversation.shop))) return false;
  const lastEmail = await db.notification.findFirst({
    where: { conversationId, kind: "reply", channel: "email", status: "sent" },
    orderBy: { sentAt: "desc" },
  });
  const after = Math.max(conversation.shopperSeenAt?.getTime() ?? 0, lastEmail?.sentAt?.getTime() ?? 0);
  const unseen = await db.message.findMany({
    where: { conversationId, author: "staff", createdAt: { gt: new Date(after) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // Only when the oldest unseen reply has waited long enough: the shopper may still be reading in the bubble.
  if (!unseen.length || unseen[0].createdAt.getTime() > current - delay) return false;

  const admin = await context.services.adminFor(conversation.shop);
  let to = conversation.contactEmail;
  if (!to && conversation.customerId && admin) to = (await getCustomerEmail(admin, conversation.customerId))?.email ?? null;
  if (!to) return false;
  const contact = admin ? await getShopContact(admin) : null;
  const storefront = services.storefrontUrl?.(conversation.shop) ?? contact?.storefrontUrl ?? `https://${conversation.shop}`;
  const shopName = contact?.name ?? conversation.shop;
  const staff = unseen[unseen.length - 1].staffName ?? shopName;
  const token = services.linkSecret ? signReopenToken(services.linkSecret, { shop: conversation.shop, conversationId: conversation.id, now: now() }) : null;
  const link = reopenLink(storefront, token);
  const language = conversation.language;
  const subject = shopperEmailText(language, "replySubject", { shop: shopName });
  const text = [
    shopperEmailText(language, "replyIntro", { staff, shop: shopName }),
    "",
    ...unseen.map((m) => m.body),
    "",
    shopperEmailText(language, "replyLink", { link }),
  ].join("\n");
  const recipient = to;
  const outcome = await deliverOnce(
    db,
    { key: `reply:email:${unseen[unseen.length - 1].id}`, shop: conversation.shop, channel: "email", kind: "reply", conversationId, recipient, subject },
    async () => {
      await services.mailer.send(conversation.shop, { to: [recipient], subject, text, fromName: shopName, replyTo: contact?.teamEmail ?? undefined });
    },
    now,
  );
  return outcome === "sent";
}
