import { describe, expect, it } from "vitest";
import "@shopify/shopify-api/adapters/node";
import { shopifyApi, ApiVersion } from "@shopify/shopify-api";
import { assertDemoAllowed, DEMO_API_KEY, DEMO_API_SECRET, DEMO_SHOP } from "./config";
import { signAppProxyQuery } from "./app-proxy-signature";
import { mintSessionToken } from "./session-token";

const api = shopifyApi({
  apiKey: DEMO_API_KEY,
  apiSecretKey: DEMO_API_SECRET,
  apiVersion: ApiVersion.July26,
  hostName: "localhost:3210",
  isEmbeddedApp: true,
});

describe("demo safety", () => {
  it("refuses production and real credentials", () => {
    expect(() => assertDemoAllowed({ NODE_ENV: "production" })).toThrow(/NODE_ENV=production/);
    expect(() => assertDemoAllowed({ SHOPIFY_API_KEY: "a-real-key" })).toThrow(/real SHOPIFY_API_KEY/);
    expect(() => assertDemoAllowed({ SHOPIFY_API_SECRET: "shpss_real" })).toThrow(/real SHOPIFY_API_SECRET/);
    expect(() => assertDemoAllowed({ NODE_ENV: "development", SHOPIFY_API_KEY: DEMO_API_KEY })).not.toThrow();
  });
});

describe("demo stand-ins sign exactly as Shopify does", () => {
  it("app proxy signatures validate with @shopify/shopify-api, and a changed parameter does not", async () => {
    const params = new URLSearchParams({ shop: DEMO_SHOP, logged_in_customer_id: "7002", path_prefix: "/apps/switchboard", timestamp: String(Math.floor(Date.now() / 1000)) });
    params.set("signature", signAppProxyQuery(params, DEMO_API_SECRET));
    const query = Object.fromEntries(params);
    expect(await api.utils.validateHmac(query, { signator: "appProxy" })).toBe(true);
    expect(await api.utils.validateHmac({ ...query, logged_in_customer_id: "7003" }, { signator: "appProxy" })).toBe(false);
  });

  it("session tokens verify with @shopify/shopify-api", async () => {
    const token = await mintSessionToken({ shop: DEMO_SHOP, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
    const payload = await api.session.decodeSessionToken(token);
    expect(payload.dest).toBe(`https://${DEMO_SHOP}`);
    const forged = await mintSessionToken({ shop: DEMO_SHOP, apiKey: DEMO_API_KEY, apiSecret: "not-the-secret" });
    await expect(api.session.decodeSessionToken(forged)).rejects.toThrow();
  });
});
