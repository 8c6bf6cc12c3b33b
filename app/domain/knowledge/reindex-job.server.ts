// The `reindex-shop-content` job and what enqueues it. Product webhooks arrive in storms (a bulk edit sends one per
// product), so every enqueue for a shop within the same window shares one dedupe key and runs once, after the
// window, reading the whole catalogue a single time.
import { z } from "zod";
import { defineJob, type JobQueue } from "../../jobs/types";
import { CostBudget } from "../shop-data/admin-api.server";
import { ShopContentStore } from "./store.server";

export const REINDEX_JOB = "reindex-shop-content";
/** Updates within this window coalesce into one rebuild that starts when the window ends. */
export const REINDEX_WINDOW_MS = 60_000;
/** A rebuild reads up to 20 product pages and 2 page pages; its own budget, not a shopper message's. */
const REBUILD_BUDGET_POINTS = 20_000;

const shopDomain = z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "must be a myshopify.com domain");

export const reindexPayload = z.object({ shop: shopDomain, reason: z.string().max(100).optional() }).strict();
export type ReindexPayload = z.infer<typeof reindexPayload>;

/**
 * Dedupe key: `reindex:<shop>:<window>`. A bare `reindex:<shop>` would, under the job interface's rule (a key that ran in
 * the last 24 h is not enqueued again), swallow every update for a day after the first rebuild.
 */
export function reindexKey(shop: string, nowMs: number): string {
  return `reindex:${shop}:${Math.floor(nowMs / REINDEX_WINDOW_MS)}`;
}

export async function enqueueShopContentReindex(jobs: JobQueue, shop: string, reason: string, nowMs = Date.now()): Promise<void> {
  const payload = reindexPayload.parse({ shop, reason });
  const windowEnd = (Math.floor(nowMs / REINDEX_WINDOW_MS) + 1) * REINDEX_WINDOW_MS;
  await jobs.enqueue(REINDEX_JOB, payload, { key: reindexKey(shop, nowMs), delayMs: windowEnd - nowMs });
}

export const reindexShopContentJob = defineJob<ReindexPayload>({
  name: REINDEX_JOB,
  payload: reindexPayload,
  attempts: 4,
  backoffMs: 30_000,
  async run(payload, { services }) {
    const admin = await services.adminFor(payload.shop);
    // Uninstalled: nothing to read, and the uninstall cleanup removes the stored content.
    if (!admin) return;
    // Idempotent: a second run stores the same passages again under a new version.
    await new ShopContentStore(services.db).rebuild(payload.shop, admin, { budget: new CostBudget({ maxPoints: REBUILD_BUDGET_POINTS }) });
  },
});

/** Product webhook bodies carry much more; only the fields we rely on are checked. */
export const productWebhookPayload = z.object({ id: z.union([z.number().int(), z.string().min(1)]) }).passthrough();

export const CONTENT_WEBHOOK_TOPICS = ["PRODUCTS_CREATE", "PRODUCTS_UPDATE", "PRODUCTS_DELETE"] as const;

export type ContentWebhookResult = { ok: true } | { ok: false; status: 400; error: string };

/** A verified product webhook: validate the body, then enqueue the shop's (coalesced) rebuild. */
export async function handleContentWebhook(
  input: { shop: string; topic: string; payload: unknown },
  jobs: JobQueue,
  nowMs = Date.now(),
): Promise<ContentWebhookResult> {
  const topic = input.topic.toUpperCase().replace("/", "_");
  if (!(CONTENT_WEBHOOK_TOPICS as readonly string[]).includes(topic)) return { ok: false, status: 400, error: `unexpected topic ${input.topic}` };
  const parsed = productWebhookPayload.safeParse(input.payload);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ") };
  await enqueueShopContentReindex(jobs, input.shop, topic.toLowerCase(), nowMs);
  return { ok: true };
}
