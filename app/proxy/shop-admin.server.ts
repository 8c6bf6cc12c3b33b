import { ShopDataUnavailableError, type AdminGraphql } from "../domain/shop-data/admin-api.server";
import { offlineAdmin } from "../sessions/offline-admin.server";

export type LoadShopAdmin = (shop: string) => Promise<AdminGraphql>;

/**
 * The shop's Admin API client for one storefront request, with the offline session read from the database on
 * the first query rather than up front: a greeting, an answer from the shop-data cache, a poll or a thumbs-up
 * never sends one, so they never read it (decision 0026). A shop with no session (the app uninstalled) fails
 * that first query as "shop data unavailable", which the message path hands to a person.
 */
export function lazyShopAdmin(shop: string, load: LoadShopAdmin = offlineAdminOrFail): AdminGraphql {
  let client: Promise<AdminGraphql> | undefined;
  return {
    async graphql(query, options) {
      client ??= load(shop).catch((error: unknown) => {
        // Not remembered: a database blip while reading the session may be over by the next attempt.
        client = undefined;
        throw error;
      });
      return (await client).graphql(query, options);
    },
  };
}

async function offlineAdminOrFail(shop: string): Promise<AdminGraphql> {
  const admin = await offlineAdmin(shop);
  if (admin) return admin;
  throw new ShopDataUnavailableError({ reason: "http_error", operation: "session", attempts: 0, message: `No Admin API session for ${shop} (app not installed?)` });
}
