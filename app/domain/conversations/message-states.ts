/**
 * A shopper message is a small state machine, stored on the row so "stored but not finished" is a query:
 *
 *   received ──(one worker holds the conversation's lease: understand → route → answer / hand off)──▶ done
 *
 * The outcome (replies, decision record, conversation status and context, the message's state) is
 * committed in one transaction, so a message is either still `received` (and will be processed, by the
 * request or by the recovery job) or `done` with exactly one outcome. Messages that are not the shopper's
 * are stored `done`.
 */
export const MESSAGE_STATES = ["received", "done"] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** How long one worker may hold a conversation before another may take over (a crashed worker's lease runs out). */
export const LEASE_MS = 20_000;

/** A `received` message older than this with no live lease is picked up by the recovery job. */
export const STUCK_AFTER_MS = 10_000;

/** How long a request waits for its message's outcome while another worker holds the conversation. */
export const WAIT_FOR_OUTCOME_MS = 12_000;
