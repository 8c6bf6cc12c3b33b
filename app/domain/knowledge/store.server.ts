// Where a shop's passages live: one row per shop and language in the database (every stateless instance reads the
// same content), and per process an LRU of built search indexes keyed by the row's version. A message never waits
// for a full catalogue read unless the shop has no row yet (first question after install); then it builds once per
// process at a time and stores the result for every instance. See docs/decisions/0006-grounded-content-index.md.
import { LRUCache } from "lru-cache";
import { z } from "zod";
import prisma, { type Db } from "../../db.server";
import type { AdminGraphql, CostBudget } from "../shop-data/admin-api.server";
import { LANGUAGES } from "../understanding/types";
import { fetchShopPassages } from "./content.server";
import type { Passage } from "./passages";
import { buildIndex, type ContentIndex } from "./search";

/**
 * The row's language: the shop's primary one. Published product translations are stored in the same row, each passage
 * tagged with its language, so the existing size caps bound them too.
 */
export const CONTENT_LANGUAGE = "en";
/** How often an instance re-checks the row's version; webhooks bump it, so other instances follow within this. */
export const VERSION_CHECK_MS = 30_000;
/** Pages have no webhook topic; content older than this is rebuilt in the background on the next question. */
export const STALE_AFTER_MS = 24 * 60 * 60_000;

const passageSchema = z.object({
  id: z.string(),
  source: z.enum(["description", "option", "metafield", "page"]),
  ownerId: z.string(),
  ownerTitle: z.string(),
  url: z.string().nullable(),
  context: z.string(),
  text: z.string(),
  next: z.string().optional(),
  prev: z.string().optional(),
  language: z.enum(LANGUAGES).optional(),
});
const passagesSchema = z.array(passageSchema);

interface Cached {
  version: number;
  checkedAt: number;
  index: ContentIndex;
}

export class ShopContentStore {
  private readonly cache: LRUCache<string, Cached>;
  private readonly building = new Map<string, Promise<ContentIndex>>();

  constructor(
    private readonly db: Db,
    options: { maxShops?: number; now?: () => number } = {},
  ) {
    this.cache = new LRUCache({ max: options.maxShops ?? 200 });
    this.now = options.now ?? Date.now;
  }

  private readonly now: () => number;

  /** Rebuilds the shop's passages from the Admin API and stores them; returns the new version. */
  async rebuild(shop: string, admin: AdminGraphql, options: { budget?: CostBudget } = {}): Promise<{ version: number; passages: number; truncated: boolean }> {
    const { passages, truncated } = await fetchShopPassages(admin, { budget: options.budget });
    const json = JSON.stringify(passages);
    const row = await this.db.shopContentIndex.upsert({
      where: { shop_language: { shop, language: CONTENT_LANGUAGE } },
      create: { shop, language: CONTENT_LANGUAGE, passages: json, passageCount: passages.length, bytes: json.length, version: 1 },
      update: { passages: json, passageCount: passages.length, bytes: json.length, version: { increment: 1 }, builtAt: new Date(this.now()) },
    });
    this.cache.set(shop, { version: row.version, checkedAt: this.now(), index: buildIndex(passages) });
    return { version: row.version, passages: passages.length, truncated };
  }

  /** The shop's index: from memory, reloaded when the stored version moved, built on a miss. */
  async indexFor(shop: string, admin: AdminGraphql, options: { budget?: CostBudget } = {}): Promise<ContentIndex> {
    const cached = this.cache.get(shop);
    if (cached && this.now() - cached.checkedAt < VERSION_CHECK_MS) return cached.index;
    const head = await this.db.shopContentIndex.findUnique({
      where: { shop_language: { shop, language: CONTENT_LANGUAGE } },
      select: { version: true, builtAt: true },
    });
    if (head && this.now() - head.builtAt.getTime() > STALE_AFTER_MS && !this.building.has(shop)) {
      // Answer from what is stored; refresh behind it (its own budget, never the shopper's message's).
      this.startBuild(shop, admin).catch((error) => console.error(`shop content refresh failed for ${shop}`, error));
    }
    // The row is gone: another instance forgot the shop (uninstall, shop redact). Its content leaves this process too.
    if (cached && !head) this.cache.delete(shop);
    if (cached && head && head.version === cached.version) {
      cached.checkedAt = this.now();
      return cached.index;
    }
    if (head) return this.load(shop);
    // No row: the first question for this shop builds it. Concurrent messages share the one build.
    return this.building.get(shop) ?? this.startBuild(shop, admin, options);
  }

  private startBuild(shop: string, admin: AdminGraphql, options: { budget?: CostBudget } = {}): Promise<ContentIndex> {
    const pending = this.rebuild(shop, admin, options)
      .then(() => this.cache.get(shop)!.index)
      .finally(() => this.building.delete(shop));
    this.building.set(shop, pending);
    return pending;
  }

  private async load(shop: string): Promise<ContentIndex> {
    const row = await this.db.shopContentIndex.findUnique({ where: { shop_language: { shop, language: CONTENT_LANGUAGE } } });
    const passages: Passage[] = row ? passagesSchema.parse(JSON.parse(row.passages)) : [];
    const index = buildIndex(passages);
    this.cache.set(shop, { version: row?.version ?? 0, checkedAt: this.now(), index });
    return index;
  }

  /**
   * Drops the shop's content (app uninstalled / shop redact): the stored rows at once, this process's index at once,
   * other instances' cached indexes at their next version check (the row is gone). Idempotent: webhooks repeat.
   */
  async forget(shop: string): Promise<void> {
    this.cache.delete(shop);
    await this.db.shopContentIndex.deleteMany({ where: { shop } });
  }
}

let shared: ShopContentStore | null = null;

/** The process-wide store on the app's database, for callers that don't inject one. */
export function defaultShopContentStore(): ShopContentStore {
  shared ??= new ShopContentStore(prisma);
  return shared;
}
