import { SessionNotFoundError } from "@shopify/shopify-app-remix/server";
import { ShopDataUnavailableError, type AdminGraphql } from "../domain/shop-data/admin-api.server";
import { unauthenticated } from "../shopify.server";

export type LoadShopAdmin = (shop: string) => Promise<AdminGraphql>;

/**
 * The shop's Admin API client for one storefront request, with the offline session read from the database on
 * the first query rather than up front: a greeting, an answer from the shop-data cache, a poll or a thumbs-up
 * never sends one, so they never read it (decision 0026). A shop with no session (the app uninstalled) fails
 * that first query as "shop data unavailable", which the message path hands to a person.
 */
export function lazyShopAdmin(shop: string, load: LoadShopAdmin = offlineAdmin): AdminGraphql {
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

async function offlineAdmin(shop: string): Promise<AdminGraphql> {
  try {
    return (await unauthenticated.admin(shop)).admin;
  } catch (error) {
    if (!(error instanceof SessionNotFoundError)) throw error;
    throw new ShopDataUnavailableError({ reason: "http_error", operation: "session", attempts: 0, message: `No Admin API session for ${shop} (app not installed?)`, cause: error });
  }
}
