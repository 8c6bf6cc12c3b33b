/**
 * Guessing game protection: a guest who gives the wrong email or phone for an order several times is
 * handed to a person instead of being allowed more guesses. Counted per conversation and per order
 * across conversations (a new chat must not reset it). In-process: with several app instances each
 * keeps its own count, which still bounds guessing per instance; a shared store can replace it.
 */
export const MAX_FAILED_VERIFICATIONS = 3;
const WINDOW_MS = 60 * 60 * 1000;

export class VerificationGuard {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit = MAX_FAILED_VERIFICATIONS, private readonly windowMs = WINDOW_MS) {}

  private recent(key: string, now: number) {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(key, kept);
    return kept;
  }

  isLocked(keys: string[], now = Date.now()): boolean {
    return keys.some((key) => this.recent(key, now).length >= this.limit);
  }

  recordFailure(keys: string[], now = Date.now()) {
    for (const key of keys) this.recent(key, now).push(now);
  }
}

export const verificationGuard = new VerificationGuard();

export function verificationKeys(shop: string, conversationId: string, orderNumber: string | null | undefined) {
  return [`conversation:${conversationId}`, ...(orderNumber ? [`order:${shop}:${orderNumber}`] : [])];
}
