import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RequestType, setUpValidRequest, TEST_SHOP, TEST_SHOP_NAME } from "@shopify/shopify-api/test-helpers";
import { hasValidAppProxySignature } from "./app-proxy-signature.server";

const APP = "https://my-test-app.myshopify.io";
const SECRET = "testApiSecretKey"; // vitest.config.ts's SHOPIFY_API_SECRET

/** Signs as Shopify's app proxy does (https://shopify.dev/docs/apps/build/online-store/display-dynamic-data#calculate-a-digital-signature), with any timestamp. */
function signedUrl(params: Record<string, string>, secret = SECRET): URL {
  const message = Object.keys(params).sort().map((key) => `${key}=${params[key]}`).join("");
  const url = new URL(`${APP}/proxy/messages`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  url.searchParams.set("signature", createHmac("sha256", secret).update(message).digest("hex"));
  return url;
}

const now = () => String(Math.floor(Date.now() / 1000));
const base = () => ({ shop: TEST_SHOP, logged_in_customer_id: "7003", path_prefix: "/apps/switchboard", timestamp: now() });

describe("hasValidAppProxySignature", () => {
  it("accepts a request as Shopify's own test helper signs it", async () => {
    const url = new URL(`${APP}/proxy/messages`);
    url.searchParams.set("logged_in_customer_id", "");
    const request = await setUpValidRequest({ type: RequestType.Public, store: TEST_SHOP_NAME, apiSecretKey: SECRET }, new Request(url));
    expect(await hasValidAppProxySignature(new URL(request.url))).toBe(true);
  });

  it("accepts a fresh signature and refuses one after any parameter changed", async () => {
    const url = signedUrl(base());
    expect(await hasValidAppProxySignature(url)).toBe(true);
    const someoneElse = new URL(url);
    someoneElse.searchParams.set("logged_in_customer_id", "7004");
    expect(await hasValidAppProxySignature(someoneElse)).toBe(false);
    const added = new URL(url);
    added.searchParams.set("extra", "1");
    expect(await hasValidAppProxySignature(added)).toBe(false);
  });

  it("refuses no signature, another app's secret, a stale timestamp and a repeated shop", async () => {
    const unsigned = signedUrl(base());
    unsigned.searchParams.delete("signature");
    expect(await hasValidAppProxySignature(unsigned)).toBe(false);
    expect(await hasValidAppProxySignature(signedUrl(base(), "another-app-secret"))).toBe(false);
    // Correctly signed, ten minutes ago: a captured URL cannot be replayed for long.
    expect(await hasValidAppProxySignature(signedUrl({ ...base(), timestamp: String(Number(now()) - 600) }))).toBe(false);
    const repeated = signedUrl(base());
    repeated.searchParams.append("shop", "other-shop.myshopify.com");
    expect(await hasValidAppProxySignature(repeated)).toBe(false);
  });
});
