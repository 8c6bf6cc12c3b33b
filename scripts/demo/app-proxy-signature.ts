import { createHmac } from "node:crypto";

/**
 * Shopify's app proxy signature: every query parameter except `signature`, as `key=value` (repeated
 * keys joined with ","), sorted, concatenated without separators, HMAC-SHA256 with the app secret.
 */
export function signAppProxyQuery(params: URLSearchParams, secret: string): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === "signature") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped.entries()]
    .map(([key, values]) => `${key}=${values.join(",")}`)
    .sort()
    .join("");
  return createHmac("sha256", secret).update(message).digest("hex");
}
