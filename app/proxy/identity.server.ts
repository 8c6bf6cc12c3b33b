/**
 * Who is asking, read from an app proxy request AFTER authenticateAppProxy verified its
 * signature: `shop` and `logged_in_customer_id` are signed by Shopify, so they can be trusted; nothing
 * in the body can claim a customer identity.
 */
export function readProxyIdentity(request: Request): { shop: string; customerId: string | null } {
  const params = new URL(request.url).searchParams;
  const shop = params.get("shop");
  if (!shop) throw new Response("Missing shop", { status: 400 });
  const raw = params.get("logged_in_customer_id");
  const customerId = raw && /^\d+$/.test(raw) ? `gid://shopify/Customer/${raw}` : null;
  return { shop, customerId };
}
