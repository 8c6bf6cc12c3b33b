import { hasValidAppProxySignature } from "./app-proxy-signature.server";
import { jsonError } from "./responses.server";

/**
 * Lets a request in only if Shopify's app proxy signed it. Nothing is read from the database here: a request that
 * needs the Admin API reads the shop's offline session when it first calls it (`lazyShopAdmin`, decision 0026),
 * so a bad signature costs no database work and a greeting or a poll none for the session.
 */
export async function authenticateAppProxy(request: Request): Promise<{ ok: true } | { ok: false; response: Response }> {
  if (await hasValidAppProxySignature(new URL(request.url))) return { ok: true };
  return { ok: false, response: jsonError(400, "This request is not signed by the shop's app proxy") };
}
