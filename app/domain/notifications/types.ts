import type { Mailer } from "./mailer.server";

/** What notification jobs need beyond the database: a way to send email and to link back into the app and store. */
export interface NotificationServices {
  mailer: Mailer;
  /** Where staff open a conversation: Shopify admin in production, the demo admin offline. */
  adminConversationUrl(shop: string, conversationId: string): string;
  /** The storefront's address when it is not the shop's own `url` from the Admin API (the offline demo). */
  storefrontUrl?(shop: string): string | null;
  /** Signs the links in reply emails that reopen a conversation (the app's API secret); without it the link only opens the bubble. */
  linkSecret?: string;
  /** Outgoing webhook requests; global fetch by default. */
  fetch?: typeof fetch;
  /** How long a staff reply may stay unseen before it is emailed (default 3 minutes; the demo shortens it). */
  replyEmailDelayMs?: number;
  /** Webhook request timeout (default 10 s). */
  webhookTimeoutMs?: number;
}

export class NotificationsUnavailableError extends Error {
  constructor() {
    super("Notification services are not configured for the job runner (JobServices.notifications)");
    this.name = "NotificationsUnavailableError";
  }
}
