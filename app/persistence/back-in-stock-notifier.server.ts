import type { BackInStockNotifier } from "../domain/shop-data/back-in-stock.server";

/**
 * No email provider is configured in this codebase yet, so a restock notice is logged (and the subscription
 * marked notified by the caller). Replace with the merchant's email channel (e.g. Shopify Flow or a mailer).
 */
export const loggingBackInStockNotifier: BackInStockNotifier = {
  async notify({ subscription, available }) {
    console.info(`[back-in-stock] ${subscription.shop}: ${subscription.variantId} available (${available}) → notify ${subscription.email}`);
  },
};
