import type { z } from "zod";
import { jsonError, readBodyText } from "../proxy/responses.server";
import { authenticate } from "../shopify.server";
import { MAX_WEBHOOK_BODY_BYTES } from "./payloads";


type WebhookContext = Awaited<ReturnType<typeof authenticate.webhook>>;

export type VerifiedWebhook<T> = { ok: true; webhook: WebhookContext; payload: T } | { ok: false; response: Response };

/**
 * authenticate.webhook, hardened at both ends: the body is read with a size cap before anything else (413), the HMAC
 * decides next (401, thrown by the library as before), and only then is the body judged: not JSON → 400, JSON of the
 * wrong shape → 422 with the first problem named. Each bad case is a 4xx, so Shopify does not keep retrying a payload
 * that can never succeed, and the handler only ever sees a payload of the shape it expects.
 */
export async function verifiedWebhook<S extends z.ZodTypeAny>(
  request: Request,
  schemaFor: S | ((topic: string) => S | null),
  options: { maxBytes?: number } = {},
): Promise<VerifiedWebhook<z.infer<S>>> {
  if (request.method !== "POST") return { ok: false, response: jsonError(405, "Method not allowed") };
  const body = await readBodyText(request, options.maxBytes ?? MAX_WEBHOOK_BODY_BYTES);
  if (!body.ok) return body;
  // The library answers an empty body with a bare 400 before looking at the HMAC; say why instead.
  if (body.data.trim() === "") return { ok: false, response: jsonError(400, "Webhook body must be JSON") };
  let isJson = true;
  try {
    JSON.parse(body.data);
  } catch {
    isJson = false;
  }
  // The library reads the body itself; hand it the bytes already read (the HMAC covers exactly these).
  const replay = new Request(request.url, { method: "POST", headers: request.headers, body: body.data });
  let webhook: WebhookContext;
  try {
    webhook = await authenticate.webhook(replay);
  } catch (error) {
    // A bad HMAC is a thrown 401 Response: unchanged. A good HMAC over a body that is not JSON makes the library's
    // JSON.parse throw after verification, which would otherwise be a 500.
    if (!(error instanceof Response) && !isJson) return { ok: false, response: jsonError(400, "Webhook body must be JSON") };
    throw error;
  }
  const schema = typeof schemaFor === "function" ? schemaFor(String(webhook.topic)) : schemaFor;
  if (!schema) return { ok: false, response: jsonError(422, `Unexpected webhook topic ${String(webhook.topic)}`) };
  const parsed = schema.safeParse(webhook.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.warn(`[webhook] ${webhook.shop} ${String(webhook.topic)}: payload rejected (${issue?.path.join(".") || "body"}: ${issue?.message})`);
    return { ok: false, response: jsonError(422, `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`) };
  }
  return { ok: true, webhook, payload: parsed.data };
}
