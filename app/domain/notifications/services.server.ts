import type { Db } from "../../db.server";
import { createMailer } from "./mailer.server";
import type { NotificationServices } from "./types";

/**
 * Notification services for the job runners (JobServices.notifications), from the environment:
 * SMTP_URL / SMTP_FROM (the app's SMTP server; a shop's own server in its settings takes precedence) and
 * the app's API key, which makes Shopify admin links `https://<shop>/admin/apps/<api key>/app/inbox/<id>`.
 */
export function createNotificationServices(options: {
  db: Db;
  env?: Record<string, string | undefined>;
  adminConversationUrl?: NotificationServices["adminConversationUrl"];
  storefrontUrl?: NotificationServices["storefrontUrl"];
}): NotificationServices {
  const env = options.env ?? process.env;
  const apiKey = env.SHOPIFY_API_KEY ?? "";
  return {
    mailer: createMailer({ db: options.db, smtpUrl: env.SMTP_URL || null, from: env.SMTP_FROM || null }),
    adminConversationUrl: options.adminConversationUrl ?? ((shop, id) => `https://${shop}/admin/apps/${apiKey}/app/inbox/${id}`),
    storefrontUrl: options.storefrontUrl,
    linkSecret: env.SHOPIFY_API_SECRET || undefined,
  };
}
