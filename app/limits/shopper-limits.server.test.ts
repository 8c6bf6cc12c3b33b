import { describe, expect, it } from "vitest";
import { clientAddress, createShopperLimits, DEFAULT_LIMITS, parseLimits } from "./shopper-limits.server";

describe("shopper limits", () => {
  it("reads overrides and refuses a malformed spec with a clear message", () => {
    expect(parseLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(parseLimits("visitor=5/10, shop=100/60").visitor).toEqual({ points: 5, durationSeconds: 10 });
    expect(() => parseLimits("visitors=5/10")).toThrow(/SWITCHBOARD_RATE_LIMITS: "visitors=5\/10"/);
    expect(() => parseLimits("visitor=5")).toThrow(/<points>\/<seconds>/);
  });

  it("refuses a visitor's message past the limit, with the time to wait, and not another visitor's", async () => {
    const limits = createShopperLimits(parseLimits("visitor=3/60"));
    for (let i = 0; i < 3; i++) expect((await limits.checkVisitor({ shop: "a.myshopify.com", visitorId: "v1" })).ok).toBe(true);
    const refused = await limits.checkVisitor({ shop: "a.myshopify.com", visitorId: "v1" });
    expect(refused).toMatchObject({ ok: false, limit: "visitor" });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await limits.checkVisitor({ shop: "a.myshopify.com", visitorId: "v2" })).ok).toBe(true);
    expect((await limits.checkVisitor({ shop: "b.myshopify.com", visitorId: "v1" })).ok).toBe(true);
  });

  it("limits one client address across visitors, and the whole shop", async () => {
    const limits = createShopperLimits(parseLimits("address=2/60,shop=3/60"));
    const shop = "c.myshopify.com";
    expect((await limits.checkRequest({ shop, address: "198.51.100.1" })).ok).toBe(true);
    expect((await limits.checkRequest({ shop, address: "198.51.100.1" })).ok).toBe(true);
    expect(await limits.checkRequest({ shop, address: "198.51.100.1" })).toMatchObject({ ok: false, limit: "address" });
    expect((await limits.checkRequest({ shop, address: "198.51.100.2" })).ok).toBe(true);
    expect(await limits.checkRequest({ shop, address: "198.51.100.3" })).toMatchObject({ ok: false, limit: "shop" });
  });

  it("counts only the questions that read the shop's data against a shopper's lookups", async () => {
    const limits = createShopperLimits(parseLimits("lookups=2/60"));
    const c = { shop: "d.myshopify.com", visitorId: "v1" };
    for (let i = 0; i < 5; i++) expect((await limits.lookups.allow(c, "greeting")).allowed).toBe(true);
    expect((await limits.lookups.allow(c, "order_status")).allowed).toBe(true);
    expect((await limits.lookups.allow(c, "product_availability")).allowed).toBe(true);
    expect(await limits.lookups.allow(c, "order_status")).toMatchObject({ allowed: false });
  });

  it("reads the client address the app proxy forwards", () => {
    const request = (xff?: string) => new Request("https://app.example/proxy", { headers: xff ? { "X-Forwarded-For": xff } : {} });
    expect(clientAddress(request("203.0.113.9, 10.0.0.1"))).toBe("203.0.113.9");
    expect(clientAddress(request())).toBeNull();
    expect(clientAddress(request("x".repeat(500)))).toBeNull();
  });
});
