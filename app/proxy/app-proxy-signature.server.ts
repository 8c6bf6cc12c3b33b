import { LogSeverity, shopifyApi, type Shopify } from "@shopify/shopify-api";
import { ADMIN_API_VERSION } from "../shopify.server";
import { env } from "../env.server";

let api: Shopify | undefined;

/**
 * Shopify's own API library, configured as the app is, used for one thing: checking app proxy signatures.
 * `authenticate.public.appProxy` checks the same signature with the same code, but it also reads the shop's
 * offline session from the database on every request; storefront requests read it only when they call the
 * Admin API (decision 0026). shopify-app-remix does not expose its instance of this library, so this is a
 * second one (it holds configuration only: no connections, no state).
 */
function proxyApi(): Shopify {
  api ??= shopifyApi({
    apiKey: env.SHOPIFY_API_KEY,
    apiSecretKey: env.SHOPIFY_API_SECRET,
    apiVersion: ADMIN_API_VERSION,
    hostName: new URL(env.SHOPIFY_APP_URL).host,
    isEmbeddedApp: true,
    logger: { level: LogSeverity.Error },
  });
  return api;
}

/**
 * Whether a request came through the shop's app proxy: `signature` is Shopify's HMAC of the other query
 * parameters (shop, logged_in_customer_id, path_prefix, timestamp, …) with the app's secret, and the
 * timestamp is recent. False for a missing, repeated or stale signature as for a wrong one.
 */
export async function hasValidAppProxySignature(url: URL): Promise<boolean> {
  try {
    return await proxyApi().utils.validateHmac(url.searchParams, { signator: "appProxy" });
  } catch {
    // InvalidHmacError: no signature, a timestamp outside the library's tolerance, a repeated single-value parameter.
    return false;
  }
}
