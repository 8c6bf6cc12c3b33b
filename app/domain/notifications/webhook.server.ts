import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Switchboard-Signature";
export const TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
export const DELIVERY_HEADER = "X-Switchboard-Delivery";

/**
 * `sha256=<hex HMAC of "<timestamp>.<body>">`: the timestamp is signed too, so a receiver can refuse replays
 * (as Stripe and Slack do). Receivers verify with {@link verifyWebhookSignature}, or the same three lines.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return "sha256=" + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string | null): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export class WebhookDeliveryError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
    this.name = "WebhookDeliveryError";
  }
}

/** POSTs the JSON payload; any non-2xx answer, network error or timeout throws (the job retries with backoff). */
export async function postWebhook(args: {
  url: string;
  secret: string | null;
  payload: unknown;
  now: Date;
  deliveryId?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<void> {
  const body = JSON.stringify(args.payload);
  const timestamp = String(Math.floor(args.now.getTime() / 1000));
  const headers: Record<string, string> = { "Content-Type": "application/json", "User-Agent": "Switchboard-Notifications/1" };
  // Delivery is at least once (a retry after a lost answer repeats it): receivers dedupe on this id.
  if (args.deliveryId) headers[DELIVERY_HEADER] = args.deliveryId;
  if (args.secret) {
    headers[SIGNATURE_HEADER] = signWebhook(args.secret, timestamp, body);
    headers[TIMESTAMP_HEADER] = timestamp;
  }
  const send = () =>
    (args.fetch ?? fetch)(args.url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(args.timeoutMs ?? 10_000),
      redirect: "error",
    });
  let response: Response;
  try {
    try {
      response = await send();
    } catch (error) {
      // A kept-alive connection the receiver closed while idle fails before any byte is read: try once more at once.
      if (!isStaleConnection(error)) throw error;
      response = await send();
    }
  } catch (error) {
    const e = error as Error;
    const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
    const reason =
      e.name === "TimeoutError" ? `no answer within ${(args.timeoutMs ?? 10_000) / 1000} s` : cause ? `${e.message} (${cause.code ?? cause.message})` : e.message;
    throw new WebhookDeliveryError(`Webhook ${args.url} failed: ${reason}`, null);
  }
  // The body is drained so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new WebhookDeliveryError(`Webhook ${args.url} answered ${response.status}`, response.status);
}

function isStaleConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE";
}
