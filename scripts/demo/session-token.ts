import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { SEED_STAFF } from "../../app/simulated-shop/seed.server";

/**
 * Mints the session token Shopify admin would give App Bridge: HS256 with the app secret, shop in
 * iss/dest, the API key as audience, the staff member's user id as `sub` (the shop owner by default). Demo only: the app verifies it exactly as it verifies Shopify's.
 */
export async function mintSessionToken(args: { shop: string; apiKey: string; apiSecret: string; userId?: string }) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: `https://${args.shop}/admin`,
    dest: `https://${args.shop}`,
    sid: "switchboard-demo-session",
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setAudience(args.apiKey)
    .setSubject(args.userId ?? String(SEED_STAFF[0].id))
    .setIssuedAt(now)
    .setNotBefore(now - 5)
    .setExpirationTime(now + 60)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(args.apiSecret));
}
