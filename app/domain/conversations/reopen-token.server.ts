import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The token an emailed reply carries so its link reopens the conversation in the bubble, on any device.
 *
 * A conversation is normally readable only by the visitor id the bubble keeps in localStorage; a shopper who opens
 * the email on their phone has another one. The link therefore carries a capability: the conversation id, an expiry
 * and an HMAC-SHA256 over (shop, conversation, expiry) with the app's secret. The proxy accepts it for that one
 * conversation of that one shop until it expires, and still requires the signed-in customer when the conversation
 * belongs to one. A bare conversation id (what the link used to carry) grants nothing.
 */
export const REOPEN_TOKEN_DAYS = 14;

const PURPOSE = "switchboard:reopen:v1";

function signature(secret: string, shop: string, conversationId: string, expires: number): string {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${shop}\n${conversationId}\n${expires}`).digest("base64url");
}

/** `<conversationId>.<expires, unix seconds, base 36>.<signature>`: URL-safe, so it needs no escaping. */
export function signReopenToken(secret: string, args: { shop: string; conversationId: string; now: Date; days?: number }): string {
  if (!secret) throw new Error("A secret is required to sign conversation links");
  const expires = Math.floor(args.now.getTime() / 1000) + (args.days ?? REOPEN_TOKEN_DAYS) * 86_400;
  return `${args.conversationId}.${expires.toString(36)}.${signature(secret, args.shop, args.conversationId, expires)}`;
}

/** The conversation id the token opens, or null when it is malformed, forged, for another shop or expired. */
export function verifyReopenToken(secret: string, token: string | null | undefined, args: { shop: string; now: Date }): string | null {
  if (!secret || !token || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [conversationId, expiresText, given] = parts;
  if (!/^[\w-]{8,64}$/.test(conversationId) || !/^[0-9a-z]{1,12}$/.test(expiresText)) return null;
  const expires = parseInt(expiresText, 36);
  if (!Number.isSafeInteger(expires) || expires * 1000 <= args.now.getTime()) return null;
  const expected = Buffer.from(signature(secret, args.shop, conversationId, expires));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return conversationId;
}
