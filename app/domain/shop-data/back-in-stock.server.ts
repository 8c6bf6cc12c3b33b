// "Tell me when it's back": subscriptions, and the inventory_levels/update webhook that fulfils them.
// Storage and delivery are injected so the domain doesn't depend on Prisma or an email service.
import { legacyIdOf, toGid } from "./ids";

export interface BackInStockSubscription {
  id: string;
  shop: string;
  variantId: string;
  inventoryItemId: string | null;
  email: string;
  /** The conversation's language when the shopper asked: the notice is written in it. */
  language: string;
  createdAt: Date;
  notifiedAt: Date | null;
}

export interface NewBackInStockSubscription {
  shop: string;
  variantId: string;
  inventoryItemId?: string | null;
  email: string;
  /** en/es/fr/de; English when absent. */
  language?: string;
}

export interface BackInStockRepository {
  /** Idempotent: a pending subscription for the same shop + variant + email is returned instead of duplicated. */
  add(subscription: NewBackInStockSubscription): Promise<BackInStockSubscription>;
  /** Subscriptions not yet notified for this inventory item (GID form). */
  pendingForInventoryItem(shop: string, inventoryItemId: string): Promise<BackInStockSubscription[]>;
  markNotified(ids: string[], at?: Date): Promise<void>;
}

export interface BackInStockNotice {
  subscription: BackInStockSubscription;
  available: number;
  locationId: string | null;
}

export interface BackInStockNotifier {
  notify(notice: BackInStockNotice): Promise<void>;
}

/** Default notifier: records notices in an outbox for a mailer (or a person) to pick up. No email is sent here. */
export class OutboxNotifier implements BackInStockNotifier {
  readonly outbox: Array<BackInStockNotice & { queuedAt: Date }> = [];
  async notify(notice: BackInStockNotice): Promise<void> {
    this.outbox.push({ ...notice, queuedAt: new Date() });
  }
}

/** For tests and the offline demo; production wires the Prisma model behind the same interface. */
export class InMemoryBackInStockRepository implements BackInStockRepository {
  readonly rows: BackInStockSubscription[] = [];
  private nextId = 1;

  async add(s: NewBackInStockSubscription): Promise<BackInStockSubscription> {
    const email = s.email.trim().toLowerCase();
    const existing = this.rows.find((r) => r.shop === s.shop && r.variantId === s.variantId && r.email === email && !r.notifiedAt);
    if (existing) return existing;
    const row: BackInStockSubscription = {
      id: String(this.nextId++),
      shop: s.shop,
      variantId: s.variantId,
      inventoryItemId: s.inventoryItemId ?? null,
      email,
      language: s.language ?? "en",
      createdAt: new Date(),
      notifiedAt: null,
    };
    this.rows.push(row);
    return row;
  }

  async pendingForInventoryItem(shop: string, inventoryItemId: string): Promise<BackInStockSubscription[]> {
    return this.rows.filter((r) => r.shop === shop && r.inventoryItemId === inventoryItemId && !r.notifiedAt);
  }

  async markNotified(ids: string[], at: Date = new Date()): Promise<void> {
    for (const r of this.rows) if (ids.includes(r.id)) r.notifiedAt = at;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class InvalidSubscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidSubscriptionError";
  }
}

export async function subscribeBackInStock(
  repo: BackInStockRepository,
  input: NewBackInStockSubscription,
): Promise<BackInStockSubscription> {
  const email = input.email.trim();
  if (!EMAIL.test(email) || email.length > 254) throw new InvalidSubscriptionError("A valid email address is needed");
  if (!input.variantId) throw new InvalidSubscriptionError("A variant is needed");
  return repo.add({
    shop: input.shop,
    variantId: toGid("ProductVariant", input.variantId),
    // The webhook names inventory items, so subscriptions without one could never be matched.
    inventoryItemId: input.inventoryItemId ? toGid("InventoryItem", input.inventoryItemId) : null,
    email: email.toLowerCase(),
    language: input.language ?? "en",
  });
}

/** The `inventory_levels/update` webhook body (REST shape: numeric ids). */
export interface InventoryLevelUpdatePayload {
  inventory_item_id: number | string;
  location_id?: number | string | null;
  available: number | null;
  updated_at?: string;
  admin_graphql_api_id?: string;
}

export interface InventoryLevelUpdateResult {
  notified: string[];
  failed: string[];
}

/**
 * Notifies pending subscribers of the item when stock is available again. Subscriptions only exist for items that
 * were out of stock when the shopper asked, and each is marked notified once, so "pending and available > 0" is the
 * 0 → >0 transition as each subscriber experiences it. A failed notice stays pending for the next update.
 */
export async function handleInventoryLevelUpdate(
  payload: InventoryLevelUpdatePayload,
  repo: BackInStockRepository,
  notifier: BackInStockNotifier,
  context: { shop: string; now?: Date },
): Promise<InventoryLevelUpdateResult> {
  const available = Number(payload.available ?? 0);
  if (!(available > 0) || payload.inventory_item_id == null) return { notified: [], failed: [] };
  const inventoryItemId = toGid("InventoryItem", legacyIdOf(payload.inventory_item_id));
  const pending = await repo.pendingForInventoryItem(context.shop, inventoryItemId);
  const locationId = payload.location_id != null ? toGid("Location", legacyIdOf(payload.location_id)) : null;
  const notified: string[] = [];
  const failed: string[] = [];
  for (const subscription of pending) {
    try {
      await notifier.notify({ subscription, available, locationId });
      notified.push(subscription.id);
    } catch {
      failed.push(subscription.id);
    }
  }
  if (notified.length) await repo.markNotified(notified, context.now ?? new Date());
  return { notified, failed };
}
