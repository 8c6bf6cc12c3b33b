import { SessionNotFoundError } from "@shopify/shopify-app-remix/server";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";

/**
 * The shop's Admin API client on its offline session, or null when the shop has none (the app is not installed).
 * shopify-app-remix reads the session, and refreshes an expiring offline token, on every call: call it when an
 * Admin API query is actually about to be sent.
 */
export async function offlineAdmin(shop: string): Promise<AdminGraphql | null> {
  // Imported here: app/shopify.server.ts validates the Shopify environment when loaded.
  const { unauthenticated } = await import("../shopify.server");
  try {
    return (await unauthenticated.admin(shop)).admin;
  } catch (error) {
    if (error instanceof SessionNotFoundError) return null;
    throw error;
  }
}
