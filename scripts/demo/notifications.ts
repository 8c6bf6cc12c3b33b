import type { Db } from "../../app/db.server";
import type { JobContext } from "../../app/jobs/types";
import type { AdminGraphql } from "../../app/domain/shop-data/admin-api.server";

/**
 * Runs the notification jobs in the demo process every few seconds, the way the job runner's schedules would, and
 * notify-handoff for every waiting conversation (it is idempotent: one notification per handoff however often it
 * runs). Replace with the in-process job runner once the registry carries these jobs.
 */
export async function startDemoNotifications(options: {
  db: Db;
  appUrl: string;
  storefrontUrl: string;
  adminFor(shop: string): Promise<AdminGraphql | null>;
  everyMs?: number;
}): Promise<{ stop(): void }> {
  const [{ notifyHandoffJob, sendDueReminders }, { sendDueReplyEmails }, { sendBackInStockNotices }, { createNotificationServices }] = await Promise.all([
    import("../../app/domain/notifications/handoff.server"),
    import("../../app/domain/notifications/reply-email.server"),
    import("../../app/domain/notifications/back-in-stock.server"),
    import("../../app/domain/notifications/services.server"),
  ]);
  const notifications = {
    ...createNotificationServices({
      db: options.db,
      adminConversationUrl: (_shop, id) => `${options.appUrl}/demo/admin?page=/app/inbox/${id}`,
      storefrontUrl: () => `${options.storefrontUrl}/`,
    }),
    // A newcomer shouldn't wait three minutes to see the "shopper left" email.
    replyEmailDelayMs: 30_000,
  };
  const context: JobContext = {
    attempt: 1,
    jobs: { enqueue: async () => undefined },
    services: { db: options.db, now: () => new Date(), adminFor: options.adminFor, notifications },
  };
  const quietly = async (name: string, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      console.warn(`[demo notifications] ${name}: ${(error as Error).message}`);
    }
  };
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const waiting = await options.db.conversation
        .findMany({ where: { status: "waiting_for_human" }, select: { id: true, shop: true } })
        .catch((error: Error) => (console.warn(`[demo notifications] ${error.message}`), []));
      for (const c of waiting) await quietly("notify-handoff", () => notifyHandoffJob.run({ shop: c.shop, conversationId: c.id }, context));
      await quietly("handoff-reminder", () => sendDueReminders(context));
      await quietly("email-reply", () => sendDueReplyEmails(context));
      await quietly("back-in-stock", () => sendBackInStockNotices(context));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.everyMs ?? 3000);
  return { stop: () => clearInterval(timer) };
}
