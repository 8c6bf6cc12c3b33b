// Stable per-conversation bucketing for the holdout (control) group: the same conversation always
// lands in the same bucket, so a shopper never flips between bot and person mid-conversation.

/** FNV-1a (32-bit) over the UTF-8 bytes, then murmur3's finalizer: FNV's low bits alone are
 * poorly mixed for short, sequential ids, and we take the value modulo 100. */
export function stableHash32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 0..99, stable for a given conversation id. */
export function holdoutBucket(conversationId: string): number {
  return stableHash32(conversationId) % 100;
}

export function isHeldOut(conversationId: string, holdoutPercent: number): boolean {
  return holdoutBucket(conversationId) < holdoutPercent;
}

export const EXPERIMENT_GROUPS = ["holdout", "bot"] as const;
export type ExperimentGroup = (typeof EXPERIMENT_GROUPS)[number];

/**
 * The group a new conversation joins, decided once when it is created and then stored on it: changing the
 * holdout percentage later must not move conversations that already started (the comparison is
 * intention-to-treat, and a shopper must not flip between bot and person mid-conversation).
 * `startKey` is what identifies the conversation at creation (visitor and the bubble's conversation key):
 * hashing it rather than rolling dice gives the same group to a retried first message and lets tests choose one.
 */
export function drawExperimentGroup(holdoutPercent: number, startKey: string): ExperimentGroup {
  return isHeldOut(startKey, holdoutPercent) ? "holdout" : "bot";
}

/**
 * The group a conversation belongs to: the stored one, or, for conversations created before groups were
 * stored, its stable bucket under the given percentage (the best the old rows allow).
 */
export function experimentGroupOf(conversation: { id: string; experimentGroup?: string | null }, holdoutPercent: number): ExperimentGroup {
  if (conversation.experimentGroup === "holdout" || conversation.experimentGroup === "bot") return conversation.experimentGroup;
  return isHeldOut(conversation.id, holdoutPercent) ? "holdout" : "bot";
}
