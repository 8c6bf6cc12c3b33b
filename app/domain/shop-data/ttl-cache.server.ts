// A tiny in-memory TTL cache. Data here (customer profiles, shop policies) changes rarely and a minute of
// staleness is harmless, while fetching it on every shopper message would spend the shop's API bucket.
// lru-cache exists in node_modules only as an old transitive dependency, so a Map does the job.

export interface TtlCacheOptions {
  ttlMs?: number;
  /** Oldest entries are evicted beyond this many keys. */
  maxEntries?: number;
  now?: () => number;
}

export class TtlCache<V = unknown> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: TtlCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs = this.ttlMs): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Returns the cached value or loads, caches and returns it. Failures are not cached. */
  async getOrLoad(key: string, load: () => Promise<V>, ttlMs?: number): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    this.set(key, value, ttlMs);
    return value;
  }

  /** Drops every key starting with `prefix` (e.g. one shop's entries). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Process-wide cache for shop data, keyed `${shop}|${kind}|${id}`. */
export const shopDataCache = new TtlCache<unknown>({ ttlMs: 60_000 });

export function cacheKey(shop: string, kind: string, id = ""): string {
  return `${shop.toLowerCase()}|${kind}|${id}`;
}
