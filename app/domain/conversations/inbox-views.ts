// Shared by the Inbox domain (server) and the Inbox page (browser).
export const INBOX_VIEWS = ["needs_reply", "in_progress", "closed", "all"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
