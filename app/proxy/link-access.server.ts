import { verifyReopenToken } from "../domain/conversations/reopen-token.server";
import { env } from "../env.server";

/**
 * The conversation an app proxy request may read through a signed link from an emailed reply, or null. Call only after
 * authenticateAppProxy verified the request, with the signed `shop`: a token is valid for its own shop only.
 */
export function linkedConversation(shop: string, access: string | undefined): string | null {
  return verifyReopenToken(env.SHOPIFY_API_SECRET, access, { shop, now: new Date() });
}
