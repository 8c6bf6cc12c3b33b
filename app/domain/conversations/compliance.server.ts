import type { Db } from "../../db.server";
import { ShopContentStore } from "../knowledge/store.server";

/** Who forgets the shop's indexed content; the route passes the process-wide store so its in-memory index goes too. */
export interface ComplianceServices {
  content?: Pick<ShopContentStore, "forget">;
}

/**
 * GDPR topics. Conversations are the only personal data we keep (plus back-in-stock emails).
 * customers/data_request: Shopify expects the merchant to be given the data; we have no channel to the
 * merchant here other than the admin, so we log a summary the merchant's support can act on.
 * shop/redact also forgets the shop's indexed content (products, pages): shop data, not personal, but the shop is gone.
 */
export async function handleComplianceWebhook(
  db: Db,
  { topic, shop, payload }: { topic: string; shop: string; payload: unknown },
  services: ComplianceServices = {},
) {
  const body = (payload ?? {}) as { customer?: { id?: number | string; email?: string } };
  const customerId = body.customer?.id != null ? `gid://shopify/Customer/${body.customer.id}` : null;
  const email = body.customer?.email?.toLowerCase() ?? null;
  switch (topic) {
    case "CUSTOMERS_DATA_REQUEST":
    case "customers/data_request": {
      const count = await db.conversation.count({ where: { shop, OR: customerConditions(customerId, email) } });
      console.info(`[compliance] ${shop}: data request for customer, ${count} conversation(s) held`);
      return { conversations: count };
    }
    case "CUSTOMERS_REDACT":
    case "customers/redact": {
      const where = { shop, OR: customerConditions(customerId, email) };
      const deleted = await db.conversation.deleteMany({ where });
      if (email) await db.backInStockSubscription.deleteMany({ where: { shop, email } });
      return { conversations: deleted.count };
    }
    case "SHOP_REDACT":
    case "shop/redact": {
      const deleted = await db.conversation.deleteMany({ where: { shop } });
      await db.backInStockSubscription.deleteMany({ where: { shop } });
      await db.shopSettings.deleteMany({ where: { shop } });
      await db.session.deleteMany({ where: { shop } });
      await (services.content ?? new ShopContentStore(db)).forget(shop);
      return { conversations: deleted.count };
    }
    default:
      throw new Error(`Unknown compliance topic ${topic}`);
  }
}

function customerConditions(customerId: string | null, email: string | null) {
  const or: Array<Record<string, string>> = [];
  if (customerId) or.push({ customerId });
  if (email) or.push({ contactEmail: email });
  // Never match everything when the payload lacks identifiers.
  if (or.length === 0) or.push({ id: "__none__" });
  return or;
}
