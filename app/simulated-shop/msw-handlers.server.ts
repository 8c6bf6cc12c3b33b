import { http, HttpResponse, type HttpHandler } from "msw";
import { executeAdminGraphql, type AdminGraphqlRequest } from "./executor.server";
import { takeOutage } from "./failures.server";
import { SIMULATED_ADMIN_API_VERSION } from "./schema.server";
import { SEED_STAFF } from "./seed.server";
import { getSimulatedShop } from "./state.server";

export { SIMULATED_SHOP_DOMAIN_DEMO } from "./state.server";

const SHOP_HOST = String.raw`([a-z0-9][a-z0-9-]*\.myshopify\.com)`;
const GRAPHQL_URL = new RegExp(String.raw`^https://${SHOP_HOST}/admin/api/([^/]+)/graphql\.json(?:\?.*)?$`, "i");
const OAUTH_URL = new RegExp(String.raw`^https://${SHOP_HOST}/admin/oauth/access_token(?:\?.*)?$`, "i");

export interface SimulatedShopHandlerOptions {
  /** API versions answered; others get a 404 so a version mismatch between app and schema copy is caught. */
  apiVersions?: readonly string[];
}

/** The token the simulated OAuth endpoint hands out for `shop` (any non-empty token is accepted by the GraphQL endpoint). */
export function simulatedAccessToken(shop: string): string {
  const hash = [...shop.toLowerCase()].reduce((h, c) => (h * 33 + c.charCodeAt(0)) >>> 0, 5381);
  return `shpat_simulated_${hash.toString(16).padStart(8, "0")}`;
}

/**
 * msw 2 handlers that make every *.myshopify.com shop answer Admin GraphQL and OAuth token requests from the simulated
 * shop. Failures injected with simulateOutage/simulateThrottle are read from per-shop state on each request.
 */
export function simulatedShopHandlers(options: SimulatedShopHandlerOptions = {}): HttpHandler[] {
  const versions = options.apiVersions ?? [SIMULATED_ADMIN_API_VERSION];
  return [
    http.post(GRAPHQL_URL, async ({ request }) => {
      const [, shop, version] = new URL(request.url).href.match(GRAPHQL_URL) ?? [];
      const outage = await injectedOutage(shop, request);
      if (outage) return outage;
      if (!versions.includes(version)) {
        return HttpResponse.json({ errors: "Not Found" }, { status: 404 });
      }
      if (!request.headers.get("X-Shopify-Access-Token")) {
        return HttpResponse.json(
          { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" },
          { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="Shopify"' } },
        );
      }
      const body = await readGraphqlBody(request);
      if (!body) {
        return HttpResponse.json({ errors: { query: "Required parameter missing or invalid" } }, { status: 400 });
      }
      const result = await executeAdminGraphql(getSimulatedShop(shop), body);
      return HttpResponse.json(result, {
        headers: { "X-Shopify-API-Version": version, "X-Request-Id": crypto.randomUUID() },
      });
    }),

    http.post(OAUTH_URL, async ({ request }) => {
      const [, shop] = new URL(request.url).href.match(OAUTH_URL) ?? [];
      const outage = await injectedOutage(shop, request);
      if (outage) return outage;
      const params = await readForm(request);
      if (!params.client_id || !params.client_secret) {
        return HttpResponse.json({ error: "invalid_client", error_description: "Client credentials are missing" }, { status: 400 });
      }
      const state = getSimulatedShop(shop);
      const scope = state.scopes.join(",");
      const grant = params.grant_type;
      const token = simulatedAccessToken(shop);
      if (grant === "client_credentials") {
        return HttpResponse.json({ access_token: token, scope, expires_in: 86399 });
      }
      if (grant === "urn:ietf:params:oauth:grant-type:token-exchange") {
        if (!params.subject_token) {
          return HttpResponse.json({ error: "invalid_subject_token", error_description: "subject_token is required" }, { status: 400 });
        }
        if (params.requested_token_type === "urn:shopify:params:oauth:token-type:online-access-token") {
          // Like Shopify: the online token belongs to the staff member the session token names (`sub`).
          const user = SEED_STAFF.find((s) => String(s.id) === sessionTokenSubject(params.subject_token));
          if (!user) return HttpResponse.json({ error: "invalid_subject_token", error_description: "Unknown staff member" }, { status: 400 });
          return HttpResponse.json({
            access_token: token.replace("shpat_", "shpua_"),
            scope,
            expires_in: 86399,
            associated_user_scope: scope,
            associated_user: { ...user, collaborator: false, email_verified: true },
          });
        }
        return HttpResponse.json({ access_token: token, scope });
      }
      if (params.code) {
        return HttpResponse.json({ access_token: token, scope });
      }
      return HttpResponse.json({ error: "unsupported_grant_type" }, { status: 400 });
    }),
  ];
}

/** The `sub` claim of a session token (the stand-in for Shopify reads it; the app verified the signature already). */
function sessionTokenSubject(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { sub?: unknown };
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}

async function injectedOutage(shop: string, request: Request): Promise<Response | undefined> {
  const outage = takeOutage(shop);
  if (!outage) return undefined;
  if (outage.status === "network") return HttpResponse.error();
  if (outage.status === "timeout") {
    await abortableDelay(outage.delayMs, request.signal);
    return new HttpResponse("Gateway Timeout", { status: 504, headers: { "Content-Type": "text/plain" } });
  }
  const status = outage.status;
  if (status === 429) {
    return HttpResponse.json({ errors: "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." }, { status, headers: { "Retry-After": "2.0" } });
  }
  if (status >= 500) {
    return new HttpResponse(`<html><body><h1>${status} ${statusText(status)}</h1></body></html>`, { status, headers: { "Content-Type": "text/html" } });
  }
  return HttpResponse.json({ errors: statusText(status) }, { status });
}

/** Wait, but stop early (and drop the timer) if the caller gives up, so a long "timeout" never outlives its test. */
function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

function statusText(status: number): string {
  const texts: Record<number, string> = { 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 423: "Locked", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };
  return texts[status] ?? "Error";
}

async function readGraphqlBody(request: Request): Promise<AdminGraphqlRequest | undefined> {
  const type = request.headers.get("Content-Type") ?? "";
  const text = await request.text();
  if (type.includes("application/graphql")) return { query: text };
  try {
    const body = JSON.parse(text) as Partial<AdminGraphqlRequest>;
    return typeof body.query === "string" ? { query: body.query, variables: body.variables ?? {}, operationName: body.operationName ?? null } : undefined;
  } catch {
    return undefined;
  }
}

async function readForm(request: Request): Promise<Record<string, string>> {
  const text = await request.text();
  if ((request.headers.get("Content-Type") ?? "").includes("application/json")) {
    try {
      return JSON.parse(text) as Record<string, string>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}
