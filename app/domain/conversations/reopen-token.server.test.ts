import { describe, expect, it } from "vitest";
import { signReopenToken, verifyReopenToken } from "./reopen-token.server";

const SECRET = "app-secret";
const SHOP = "shop-a.myshopify.com";
const NOW = new Date("2026-12-01T12:00:00Z");

describe("reopen tokens (emailed reply links)", () => {
  const token = signReopenToken(SECRET, { shop: SHOP, conversationId: "conv_12345678", now: NOW });

  it("opens its own conversation of its own shop until it expires", () => {
    expect(verifyReopenToken(SECRET, token, { shop: SHOP, now: NOW })).toBe("conv_12345678");
    expect(verifyReopenToken(SECRET, token, { shop: SHOP, now: new Date(NOW.getTime() + 13 * 86_400_000) })).toBe("conv_12345678");
    expect(verifyReopenToken(SECRET, token, { shop: SHOP, now: new Date(NOW.getTime() + 15 * 86_400_000) })).toBeNull();
  });

  it("refuses another shop, another secret, a changed id or expiry, and junk", () => {
    const [id, expires, signature] = token.split(".");
    expect(verifyReopenToken(SECRET, token, { shop: "shop-b.myshopify.com", now: NOW })).toBeNull();
    expect(verifyReopenToken("other-secret", token, { shop: SHOP, now: NOW })).toBeNull();
    expect(verifyReopenToken(SECRET, `conv_87654321.${expires}.${signature}`, { shop: SHOP, now: NOW })).toBeNull();
    expect(verifyReopenToken(SECRET, `${id}.${(parseInt(expires, 36) + 86_400).toString(36)}.${signature}`, { shop: SHOP, now: NOW })).toBeNull();
    for (const junk of [null, undefined, "", id, `${id}.${expires}`, `${token}.x`, "a".repeat(500)]) {
      expect(verifyReopenToken(SECRET, junk, { shop: SHOP, now: NOW })).toBeNull();
    }
    expect(verifyReopenToken("", token, { shop: SHOP, now: NOW })).toBeNull();
  });
});
