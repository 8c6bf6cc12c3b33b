import type { z } from "zod";
import { ConversationNotFoundError } from "../domain/conversations/types";

export function jsonError(status: number, error: string) {
  return Response.json({ error }, { status });
}

export async function parseJsonBody<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return { ok: false, response: jsonError(400, "Body must be JSON") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, response: jsonError(400, `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`) };
  }
  return { ok: true, data: parsed.data };
}

export function proxyErrorResponse(error: unknown) {
  if (error instanceof ConversationNotFoundError) return jsonError(404, "Conversation not found");
  // A database or network failure, not the shopper's input: the bubble retries with the same client id,
  // which stores the message once (or finds it stored) when the service is back.
  console.error("[proxy] request failed", error);
  return Response.json(
    { error: "The chat is briefly unavailable. Your message will be sent again in a moment.", code: "unavailable", retryAfterSeconds: 2 },
    { status: 503, headers: { "Retry-After": "2" } },
  );
}
