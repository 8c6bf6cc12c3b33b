// A small in-memory TTL cache. Data here (customer profiles, shop policies, the catalogue) changes rarely and a
// minute of staleness is harmless, while fetching it on every shopper message would spend the shop's API bucket.
//
// getOrLoad is single-flight, and where the caller allows it serves stale-while-revalidate
// (docs/decisions/0024-shop-data-cache-refresh.md): when an entry expires while messages keep coming, one load
// refreshes it, rather than every message in flight starting its own Admin API call for the same data; with a
// stale window, the messages meanwhile get the value that just expired instead of waiting for that load.

export interface TtlCacheOptions {
  ttlMs?: number;
  /** Oldest entries are evicted beyond this many keys. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  /** Fresh until then. */
  expiresAt: number;
  /** After expiresAt and before this, getOrLoad still answers with the value while one refresh runs (= expiresAt without a stale window). */
  staleUntil: number;
}

export class TtlCache<V = unknown> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Loads under way, one per key; a load whose key was dropped meanwhile does not store its result. */
  private readonly loading = new Map<string, Promise<V>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: TtlCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  /** The value while it is fresh; undefined once it expired (getOrLoad may still serve it while refreshing). */
  get(key: string): V | undefined {
    const entry = this.live(key);
    return entry && entry.expiresAt > this.now() ? entry.value : undefined;
  }

  /** Caches `value` fresh for ttlMs, then stale (served by getOrLoad while it refreshes) for staleMs more. */
  set(key: string, value: V, ttlMs = this.ttlMs, staleMs = 0): void {
    const now = this.now();
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: now + ttlMs, staleUntil: now + ttlMs + staleMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * The fresh value; else, within the stale window (`staleMs` after it expired; none by default), the expired
   * value at once while one background load refreshes it; else the result of a load, shared by every caller
   * asking meanwhile. Failures are not cached: a failed background refresh leaves the stale value until its
   * window ends, and the next call tries again.
   */
  async getOrLoad(key: string, load: () => Promise<V>, ttlMs?: number, options: { staleMs?: number } = {}): Promise<V> {
    const entry = this.live(key);
    const now = this.now();
    if (entry && entry.expiresAt > now) return entry.value;
    if (entry) {
      this.load(key, load, ttlMs, options.staleMs).catch((error: unknown) => {
        console.warn(`shop data cache: refreshing ${key} failed; still serving the value from before: ${String(error)}`);
      });
      return entry.value;
    }
    return this.load(key, load, ttlMs, options.staleMs);
  }

  /** Drops every key starting with `prefix` (e.g. one shop's entries), and the results of their loads under way. */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
    for (const key of [...this.loading.keys()]) if (key.startsWith(prefix)) this.loading.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry unless even its stale window is over (then it is dropped). */
  private live(key: string): Entry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.staleUntil <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private load(key: string, load: () => Promise<V>, ttlMs: number | undefined, staleMs: number | undefined): Promise<V> {
    const running = this.loading.get(key);
    if (running) return running;
    // `then(load)`: a load that throws at once still settles this promise, after it is registered below.
    const loaded: Promise<V> = Promise.resolve()
      .then(load)
      .then(
        (value) => {
          // Stored only if nobody dropped the key (deletePrefix, clear) while the load ran.
          if (this.loading.get(key) === loaded) {
            this.loading.delete(key);
            this.set(key, value, ttlMs, staleMs);
          }
          return value;
        },
        (error: unknown) => {
          if (this.loading.get(key) === loaded) this.loading.delete(key);
          throw error;
        },
      );
    this.loading.set(key, loaded);
    return loaded;
  }
}

/** Process-wide cache for shop data, keyed `${shop}|${kind}|${id}`. */
export const shopDataCache = new TtlCache<unknown>({ ttlMs: 60_000 });

export function cacheKey(shop: string, kind: string, id = ""): string {
  return `${shop.toLowerCase()}|${kind}|${id}`;
}
