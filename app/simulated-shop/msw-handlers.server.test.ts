import { SEED_STAFF } from "./seed.server";
import { describe, expect, it } from "vitest";
import { clearSimulatedFailures, simulateOutage, simulateThrottle } from "./failures.server";
import { simulatedAccessToken, SIMULATED_SHOP_DOMAIN_DEMO } from "./msw-handlers.server";
import { SEED_SHOP } from "./seed.server";
import { getSimulatedShop } from "./state.server";
import { createSimulatedAdmin, TEST_SHOP } from "./test-admin.server";

const SHOP = "handler-test.myshopify.com";
const endpoint = (shop = SHOP, version = "2026-07") => `https://${shop}/admin/api/${version}/graphql.json`;
const post = (url: string, body: unknown, headers: Record<string, string> = { "X-Shopify-Access-Token": "shpat_test" }, init: RequestInit = {}) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body), ...init });
const SHOP_QUERY = { query: "{ shop { name myshopifyDomain } }" };

describe("GraphQL endpoint", () => {
  it("answers any *.myshopify.com shop from its own copy of the seed", async () => {
    for (const shop of [SHOP, SIMULATED_SHOP_DOMAIN_DEMO]) {
      const response = await post(endpoint(shop), SHOP_QUERY);
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Shopify-API-Version")).toBe("2026-07");
      expect((await response.json()).data.shop).toEqual({ name: SEED_SHOP.name, myshopifyDomain: shop });
    }
  });

  it("returns 401 without an access token, like Shopify", async () => {
    const response = await post(endpoint(), SHOP_QUERY, {});
    expect(response.status).toBe(401);
    expect((await response.json()).errors).toMatch(/Invalid API key or access token/);
  });

  it("returns 404 for an API version other than the schema copy's", async () => {
    expect((await post(endpoint(SHOP, "2025-10"), SHOP_QUERY)).status).toBe(404);
    expect((await post(endpoint(SHOP, "unstable"), SHOP_QUERY)).status).toBe(404);
  });

  it("answers invalid documents with HTTP 200 and errors", async () => {
    const response = await post(endpoint(), { query: "{ shop { nope } }" });
    expect(response.status).toBe(200);
    expect((await response.json()).errors[0].extensions.code).toBe("undefinedField");
  });
});

describe("failure injection", () => {
  it("simulateOutage with a status fails the next N requests, then recovers", async () => {
    simulateOutage(SHOP, { status: 503, times: 2 });
    expect((await post(endpoint(), SHOP_QUERY)).status).toBe(503);
    expect((await post(endpoint(), SHOP_QUERY)).status).toBe(503);
    expect((await post(endpoint(), SHOP_QUERY)).status).toBe(200);
  });

  it("only affects the shop it was set for", async () => {
    simulateOutage(SHOP, { status: 500 });
    expect((await post(endpoint("unaffected.myshopify.com"), SHOP_QUERY)).status).toBe(200);
    expect((await post(endpoint(), SHOP_QUERY)).status).toBe(500);
  });

  it("a network outage makes fetch reject", async () => {
    simulateOutage(SHOP, { status: "network" });
    await expect(post(endpoint(), SHOP_QUERY)).rejects.toThrow(TypeError);
  });

  it("a timeout holds the response, then answers 504; callers' abort signals win", async () => {
    simulateOutage(SHOP, { status: "timeout", delayMs: 30 });
    expect((await post(endpoint(), SHOP_QUERY)).status).toBe(504);
    simulateOutage(SHOP, { status: "timeout", delayMs: 60_000 });
    await expect(post(endpoint(), SHOP_QUERY, undefined, { signal: AbortSignal.timeout(30) })).rejects.toThrow();
  });

  it("clearSimulatedFailures drops pending failures", async () => {
    simulateOutage(SHOP, { status: 503, times: 5 });
    simulateThrottle(SHOP, { times: 5 });
    clearSimulatedFailures(SHOP);
    const response = await post(endpoint(), SHOP_QUERY);
    expect(response.status).toBe(200);
    expect((await response.json()).errors).toBeUndefined();
  });

  it("reach the production admin client as the errors it really raises", async () => {
    const admin = await createSimulatedAdmin();
    simulateOutage(TEST_SHOP, { status: 503 });
    await expect(admin.graphql("{ shop { name } }")).rejects.toMatchObject({ response: { code: 503 } });
    simulateThrottle(TEST_SHOP);
    await expect(admin.graphql("{ shop { name } }")).rejects.toMatchObject({
      body: { errors: { graphQLErrors: [{ extensions: { code: "THROTTLED" } }] } },
    });
    const ok = await admin.graphql("{ shop { name } }");
    expect((await ok.json()).data.shop.name).toBe(SEED_SHOP.name);
  });
});

describe("OAuth token endpoint", () => {
  const tokenUrl = `https://${SHOP}/admin/oauth/access_token`;

  it("exchanges a session token for an offline token with the shop's scopes", async () => {
    const response = await post(tokenUrl, {
      client_id: "key",
      client_secret: "secret",
      grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
      subject_token: "session.jwt.token",
      subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
      requested_token_type: "urn:shopify:params:oauth:token-type:offline-access-token",
    }, {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ access_token: simulatedAccessToken(SHOP), scope: getSimulatedShop(SHOP).scopes.join(",") });
  });

  it("exchanges a session token for an online token of the staff member it names, and refuses an unknown one", async () => {
    const jwt = (sub: string) => ["e30", Buffer.from(JSON.stringify({ sub })).toString("base64url"), "sig"].join(".");
    const online = (sub: string) =>
      post(tokenUrl, {
        client_id: "key",
        client_secret: "secret",
        grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
        subject_token: jwt(sub),
        subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
        requested_token_type: "urn:shopify:params:oauth:token-type:online-access-token",
      }, {});
    for (const staff of SEED_STAFF) {
      const body = (await (await online(String(staff.id))).json()) as { associated_user: { id: number; first_name: string } };
      expect(body.associated_user).toMatchObject({ id: staff.id, first_name: staff.first_name });
    }
    expect((await online("4242")).status).toBe(400);
  });

  it("issues client-credentials tokens and rejects requests without client credentials", async () => {
    const form = new URLSearchParams({ client_id: "key", client_secret: "secret", grant_type: "client_credentials" });
    const response = await fetch(tokenUrl, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: form });
    expect(await response.json()).toMatchObject({ access_token: simulatedAccessToken(SHOP), expires_in: 86399 });
    expect((await post(tokenUrl, { grant_type: "client_credentials" }, {})).status).toBe(400);
  });
});
