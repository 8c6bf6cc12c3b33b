/** A short conversation, not a transcript: each message costs Admin API calls. Shared by the page and the server. */
export const MAX_TRY_MESSAGES = 6;
