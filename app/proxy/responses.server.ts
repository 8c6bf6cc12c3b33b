import type { z } from "zod";
import { ConversationNotFoundError } from "../domain/conversations/types";

export function jsonError(status: number, error: string) {
  return Response.json({ error }, { status });
}

/** Largest app-proxy JSON body accepted: a 2,000-character message (up to 6 KB as UTF-8, 12 KB as JSON \u escapes) and ids. */
export const MAX_PROXY_BODY_BYTES = 16 * 1024;

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

function tooLarge(maxBytes: number) {
  return jsonError(413, `Body is larger than ${maxBytes} bytes`);
}

/**
 * The body as UTF-8 text, read no further than `maxBytes`: a declared Content-Length over the limit is refused without
 * reading, and a body without one (chunked) or lying about it is cut off as soon as it passes the limit, so a 100 MB
 * upload costs at most `maxBytes` of memory. Bytes that are not UTF-8 are refused rather than silently replaced.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<BodyResult<string>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  if (!request.body) return { ok: true, data: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      // The client hung up before its body was read: nothing was stored, and nobody is left to answer. The
      // bubble keeps unsent messages and sends them again with the same id.
      if (request.signal.aborted) return { ok: false, response: jsonError(400, "The request was cancelled before its body was read") };
      throw error;
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, data: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, response: jsonError(400, "Body must be UTF-8 encoded JSON") };
  }
}

/** Reads (size-capped), parses and validates a JSON body; every failure is a 4xx with a message saying what is wrong. */
export async function parseJsonBody<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<BodyResult<z.infer<S>>> {
  const text = await readBodyText(request, options.maxBytes ?? MAX_PROXY_BODY_BYTES);
  if (!text.ok) return text;
  let raw: unknown;
  try {
    raw = JSON.parse(text.data);
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
