import { z } from "zod";
import type { Db } from "../../db.server";
import { defineJob, type JobContext } from "../../jobs/types";
import { runAdminQuery } from "../shop-data/admin-api.server";
import { legacyIdOf, toGid } from "../shop-data/ids";
import type { InventoryLevelUpdatePayload } from "../shop-data/back-in-stock.server";
import type { BackInStockVariantQuery, BackInStockVariantQueryVariables } from "~/types/admin.generated";
import { deliverOnce } from "./deliveries.server";
import { getShopContact } from "./shop-contact.server";
import { shopperEmailText } from "./shopper-email-text";
import { NotificationsUnavailableError } from "./types";

export const BACK_IN_STOCK_VARIANT_QUERY = `#graphql
  query BackInStockVariant($id: ID!) {
    productVariant(id: $id) {
      id
      title
      product { title handle onlineStoreUrl }
    }
  }
`;

/**
 * The inventory webhook only records that stock came back (fast, no email inside a webhook request); the
 * back-in-stock job sends the notices and marks each notified only after the SMTP server accepted it.
 */
export async function recordRestock(db: Db, shop: string, payload: InventoryLevelUpdatePayload, now: Date = new Date()): Promise<number> {
  const available = Number(payload.available ?? 0);
  if (!(available > 0) || payload.inventory_item_id == null) return 0;
  const inventoryItemId = toGid("InventoryItem", legacyIdOf(payload.inventory_item_id));
  const { count } = await db.backInStockSubscription.updateMany({
    where: { shop, inventoryItemId, notifiedAt: null, restockedAt: null },
    data: { restockedAt: now },
  });
  return count;
}

/** Every minute: email each restocked subscriber once. A failed send stays pending and is tried again next run. */
export const backInStockJob = defineJob({
  name: "back-in-stock",
  payload: z.object({ shop: z.string().optional() }).passthrough(),
  everyMs: 60_000,
  attempts: 3,
  backoffMs: 10_000,
  async run(payload, context) {
    await sendBackInStockNotices(context, payload.shop);
  },
});

export async function sendBackInStockNotices(context: JobContext, shop?: string): Promise<{ notified: string[]; failed: string[] }> {
  const { db, now } = context.services;
  const services = context.services.notifications;
  if (!services) throw new NotificationsUnavailableError();
  const due = await db.backInStockSubscription.findMany({
    where: { ...(shop ? { shop } : {}), restockedAt: { not: null }, notifiedAt: null },
    orderBy: { restockedAt: "asc" },
    take: 200,
  });
  const notified: string[] = [];
  const failed: string[] = [];
  const errors: unknown[] = [];
  for (const subscription of due) {
    try {
      if (!(await services.mailer.canSend(subscription.shop))) continue;
      const admin = await context.services.adminFor(subscription.shop);
      if (!admin) continue;
      const [contact, variant] = await Promise.all([
        getShopContact(admin),
        runAdminQuery<BackInStockVariantQuery, BackInStockVariantQueryVariables>(admin, BACK_IN_STOCK_VARIANT_QUERY, { id: subscription.variantId }, { deadlineMs: 15_000 }),
      ]);
      const v = variant.data.productVariant;
      if (!v) {
        // The product is gone: nothing to announce, and asking again each minute would never end.
        await db.backInStockSubscription.update({ where: { id: subscription.id }, data: { restockedAt: null } });
        continue;
      }
      const storefront = services.storefrontUrl?.(subscription.shop) ?? contact.storefrontUrl;
      const link = v.product.onlineStoreUrl ?? new URL(`/products/${v.product.handle}`, storefront).toString();
      const product = v.title && v.title !== "Default Title" ? `${v.product.title} (${v.title})` : v.product.title;
      // Written in the language of the conversation the shopper asked in (unknown languages fall back to English).
      const language = subscription.language;
      const subject = shopperEmailText(language, "restockSubject", { product });
      const text = [
        shopperEmailText(language, "restockBody", { product, shop: contact.name }),
        shopperEmailText(language, "restockLink", { link }),
        "",
        shopperEmailText(language, "restockWhy", {}),
      ].join("\n");
      await deliverOnce(
        db,
        {
          key: `back_in_stock:email:${subscription.id}:${subscription.createdAt.getTime()}`,
          shop: subscription.shop,
          channel: "email",
          kind: "back_in_stock",
          recipient: subscription.email,
          subject,
        },
        async () => {
          await services.mailer.send(subscription.shop, { to: [subscription.email], subject, text, fromName: contact.name, replyTo: contact.teamEmail ?? undefined });
        },
        now,
      );
      await db.backInStockSubscription.update({ where: { id: subscription.id }, data: { notifiedAt: now() } });
      notified.push(subscription.id);
    } catch (error) {
      failed.push(subscription.id);
      errors.push(error);
    }
  }
  if (errors.length) throw new AggregateError(errors, `Back-in-stock notices failed for ${failed.join(", ")}`);
  return { notified, failed };
}
