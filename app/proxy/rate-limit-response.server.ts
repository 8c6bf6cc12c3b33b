import type { LimitVerdict } from "../limits/shopper-limits.server";

/** 429 with a message the bubble can show and the time to wait (also as Retry-After). */
export function tooManyRequests(verdict: Extract<LimitVerdict, { ok: false }>) {
  return Response.json(
    {
      error: `Too many messages right now. Please wait ${verdict.retryAfterSeconds} seconds and try again.`,
      code: "rate_limited",
      retryAfterSeconds: verdict.retryAfterSeconds,
    },
    { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
  );
}
