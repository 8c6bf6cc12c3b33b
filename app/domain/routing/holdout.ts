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
