import { z } from "zod";
import type { Conversation } from "../../db.server";
import { defineJob, type JobContext, type JobServices } from "../../jobs/types";
import { markWaitingForHuman } from "../conversations/inbox.server";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import type { ShopSettings } from "../routing/settings";
import { deliverOnce } from "./deliveries.server";
import { customerLine, reasonsLine, summariseHandoff, type HandoffSummary } from "./handoff-summary.server";
import { getShopContact } from "./shop-contact.server";
import { NotificationsUnavailableError, type NotificationServices } from "./types";
import { postWebhook } from "./webhook.server";

type Event = "handoff" | "reminder";

function notificationServices(services: JobServices): NotificationServices {
  if (!services.notifications) throw new NotificationsUnavailableError();
  return services.notifications;
}

/**
 * Tells the team about one handoff, by email and (if configured) webhook. The engine enqueues it once per
 * transition to waiting_for_human; a shopper's follow-up messages do not transition again, and the delivery keys
 * (conversation + the moment it started waiting) make a re-run or a duplicate enqueue send nothing twice.
 */
export const notifyHandoffJob = defineJob({
  name: "notify-handoff",
  payload: z.object({ shop: z.string().min(1), conversationId: z.string().min(1), handoffNumber: z.number().int().positive().optional() }),
  attempts: 6,
  backoffMs: 30_000,
  async run(payload, context) {
    const { db, now } = context.services;
    const conversation = await db.conversation.findFirst({ where: { id: payload.conversationId, shop: payload.shop } });
    // Picked up (or closed, or handed back) before the job ran: nobody needs telling.
    if (!conversation || conversation.status !== "waiting_for_human") return;
    const latestHandoff = await db.routingDecisionRecord.findFirst({
      where: { conversationId: conversation.id, kind: "handoff" },
      orderBy: { createdAt: "desc" },
    });
    const waitingSince = await markWaitingForHuman(db, conversation.id, latestHandoff?.createdAt ?? now());
    const fresh = { ...conversation, waitingSince, handoffAt: conversation.handoffAt ?? waitingSince };
    // Keyed by the waiting period, not by who asked: the engine's job and a sweep that finds the same waiting
    // conversation send one notification between them.
    await notifyTeam(context, fresh, "handoff", `${waitingSince.getTime()}`);
  },
});

/** Scans for conversations waiting longer than their shop's target reply time; one reminder per waiting period. */
export const handoffReminderJob = defineJob({
  name: "handoff-reminder",
  payload: z.object({}).passthrough(),
  everyMs: 60_000,
  attempts: 3,
  backoffMs: 10_000,
  async run(_payload, context) {
    await sendDueReminders(context);
  },
});

const MIN_TARGET_MINUTES = 5;

export async function sendDueReminders(context: JobContext): Promise<{ reminded: string[]; failed: string[] }> {
  const { db, now } = context.services;
  const current = now();
  const candidates = await db.conversation.findMany({
    where: {
      status: { in: ["waiting_for_human", "human"] },
      waitingSince: { not: null, lte: new Date(current.getTime() - MIN_TARGET_MINUTES * 60_000) },
    },
    orderBy: { waitingSince: "asc" },
    take: 200,
  });
  const settingsByShop = new Map<string, ShopSettings>();
  const reminded: string[] = [];
  const failed: string[] = [];
  const errors: unknown[] = [];
  for (const conversation of candidates) {
    let settings = settingsByShop.get(conversation.shop);
    if (!settings) {
      settings = await loadShopSettings(db, conversation.shop);
      settingsByShop.set(conversation.shop, settings);
    }
    const waited = current.getTime() - conversation.waitingSince!.getTime();
    if (waited < settings.notifications.targetReplyMinutes * 60_000) continue;
    try {
      const sent = await notifyTeam(context, conversation, "reminder", `${conversation.waitingSince!.getTime()}`);
      if (sent) reminded.push(conversation.id);
    } catch (error) {
      failed.push(conversation.id);
      errors.push(error);
    }
  }
  // Every conversation got its chance; the failures make the run fail so the runner retries (sent ones are skipped).
  if (errors.length) throw new AggregateError(errors, `Reminders failed for ${failed.join(", ")}`);
  return { reminded, failed };
}

/** Sends the email and the webhook for one event; true when anything new went out. */
async function notifyTeam(context: JobContext, conversation: Conversation, event: Event, occurrence: string): Promise<boolean> {
  const { db, now } = context.services;
  const services = notificationServices(context.services);
  const settings = await loadShopSettings(db, conversation.shop);
  const keys = { webhook: `${event}:webhook:${conversation.id}:${occurrence}`, email: `${event}:email:${conversation.id}:${occurrence}` };
  // Most re-runs find everything sent: answer them without calling the Admin API.
  const sent = await db.notification.count({ where: { key: { in: Object.values(keys) }, status: "sent" } });
  const wanted = (settings.notifications.webhookUrl ? 1 : 0) + 1;
  if (sent >= wanted) return false;
  const admin = await context.services.adminFor(conversation.shop);
  const url = services.adminConversationUrl(conversation.shop, conversation.id);
  const summary = await summariseHandoff(db, conversation, { admin, url });
  const minutes = conversation.waitingSince ? Math.max(0, Math.round((now().getTime() - conversation.waitingSince.getTime()) / 60_000)) : 0;
  let anything = false;

  const { webhookUrl, webhookSecret } = settings.notifications;
  // Webhook first: it is independent of the Admin API, so a Shopify outage doesn't hold it back.
  if (webhookUrl) {
    const payload = webhookPayload(conversation.shop, event, summary, minutes);
    const key = keys.webhook;
    const outcome = await deliverOnce(
      db,
      { key, shop: conversation.shop, channel: "webhook", kind: event, conversationId: conversation.id, recipient: webhookUrl },
      () => postWebhook({ url: webhookUrl, secret: webhookSecret, payload, now: now(), deliveryId: key, fetch: services.fetch, timeoutMs: services.webhookTimeoutMs }),
      now,
    );
    anything ||= outcome === "sent";
  }

  if (await services.mailer.canSend(conversation.shop)) {
    let recipients = settings.notifications.emailRecipients;
    let shopName = conversation.shop;
    if (admin) {
      try {
        const contact = await getShopContact(admin);
        shopName = contact.name;
        if (!recipients.length && contact.teamEmail) recipients = [contact.teamEmail];
      } catch (error) {
        // Without configured recipients the shop's address is needed: fail so the job retries.
        if (!recipients.length) throw error;
      }
    }
    if (recipients.length) {
      const mail = teamEmail(shopName, event, summary, minutes);
      const outcome = await deliverOnce(
        db,
        {
          key: keys.email,
          shop: conversation.shop,
          channel: "email",
          kind: event,
          conversationId: conversation.id,
          recipient: recipients.join(", "),
          subject: mail.subject,
        },
        async () => {
          await services.mailer.send(conversation.shop, { to: recipients, subject: mail.subject, text: mail.text, fromName: `${shopName} via Switchboard` });
        },
        now,
      );
      anything ||= outcome === "sent";
    }
  }
  return anything;
}

export function formatWait(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

function headline(event: Event, summary: HandoffSummary, minutes: number) {
  return event === "handoff"
    ? `${customerLine(summary)} is waiting for a person`
    : `${customerLine(summary)} has been waiting ${formatWait(minutes)} for a reply`;
}

export function teamEmail(shopName: string, event: Event, summary: HandoffSummary, minutes: number) {
  const lines = [
    `${headline(event, summary, minutes)}.`,
    "",
    `Why: ${reasonsLine(summary)}`,
    summary.order ? `Order: #${summary.order.number.replace(/^#/, "")}` : null,
    summary.lastMessage ? `They said: “${summary.lastMessage}”` : null,
    "",
    `Open the conversation: ${summary.url}`,
  ].filter((l): l is string => l !== null);
  const subject =
    event === "handoff" ? `[${shopName}] A shopper is waiting for a person: ${reasonsLine(summary)}` : `[${shopName}] Still waiting (${formatWait(minutes)}): ${customerLine(summary)}`;
  return { subject: subject.slice(0, 200), text: lines.join("\n") };
}

/** JSON for any receiver; `text` makes it a valid Slack incoming-webhook message as it is. */
export function webhookPayload(shop: string, event: Event, summary: HandoffSummary, minutes: number) {
  const text = [
    `*${headline(event, summary, minutes)}*`,
    `Why: ${reasonsLine(summary)}`,
    summary.order ? `Order: #${summary.order.number.replace(/^#/, "")}` : null,
    summary.lastMessage ? `> ${summary.lastMessage.replace(/\n/g, " ")}` : null,
    `<${summary.url}|Open the conversation>`,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    event: event === "handoff" ? "conversation.handed_off" : "conversation.waiting_reminder",
    shop,
    text,
    conversation: { id: summary.conversationId, url: summary.url, status: summary.status, language: summary.language, waitingSince: summary.waitingSince, waitingMinutes: minutes },
    reasons: summary.reasons,
    customer: summary.customer,
    order: summary.order,
    lastMessage: summary.lastMessage,
  };
}
