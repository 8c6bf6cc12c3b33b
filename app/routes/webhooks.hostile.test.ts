// Webhook routes as Shopify calls them, with correctly signed bodies that are not what the handler expects: the HMAC
// still decides first (401), then a body that is not JSON is a 400 and a payload of the wrong shape a 422 (so Shopify
// does not retry a payload that can never succeed), with nothing changed. fast-check signs random bodies for each route.
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getHmac, TEST_SHOP } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";
import { simulatedOfflineSession } from "../simulated-shop/test-admin.server";
// Not verified-webhook.server: it imports shopify.server, whose session storage would open the database before
// beforeAll points DATABASE_URL at the test database.
import { MAX_WEBHOOK_BODY_BYTES } from "../webhooks/payloads";

type Action = (args: { request: Request; params: object; context: object }) => Promise<Response>;
let t: TestDatabase;
const routes = {} as Record<"uninstalled" | "scopes" | "compliance" | "inventory", Action>;

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  routes.uninstalled = (await import("./webhooks.app.uninstalled")).action as Action;
  routes.scopes = (await import("./webhooks.app.scopes_update")).action as Action;
  routes.compliance = (await import("./webhooks.compliance")).action as Action;
  routes.inventory = (await import("./webhooks.inventory_levels.update")).action as Action;
}, 60_000);
afterAll(() => t.drop());

/** A shop with a session, a conversation and a back-in-stock subscription: what a wrongly accepted webhook would change. */
async function seed() {
  const { sessionStorage } = await import("../shopify.server");
  await sessionStorage.storeSession(simulatedOfflineSession(TEST_SHOP));
  if ((await t.prisma.conversation.count()) === 0) {
    await t.prisma.conversation.create({ data: { shop: TEST_SHOP, visitorId: "visitor-webhook", customerId: "gid://shopify/Customer/7001", contactEmail: "maya.chen@example.com" } });
  }
  await t.prisma.backInStockSubscription.upsert({
    where: { shop_variantId_email: { shop: TEST_SHOP, variantId: "gid://shopify/ProductVariant/1", email: "maya.chen@example.com" } },
    create: { shop: TEST_SHOP, variantId: "gid://shopify/ProductVariant/1", inventoryItemId: "gid://shopify/InventoryItem/42", email: "maya.chen@example.com" },
    update: {},
  });
}
beforeEach(seed);

const snapshot = async () => ({
  sessions: await t.prisma.session.findMany({ orderBy: { id: "asc" } }),
  conversations: await t.prisma.conversation.count(),
  subscriptions: await t.prisma.backInStockSubscription.findMany({ orderBy: { id: "asc" } }),
});

function webhook(path: string, topic: string, body: string, opts: { secret?: string; headers?: Record<string, string> } = {}) {
  const text = body;
  return new Request(`https://my-test-app.myshopify.io/webhooks/${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Hmac-Sha256": getHmac(text, opts.secret ?? "testApiSecretKey"),
      "X-Shopify-Topic": topic,
      "X-Shopify-Shop-Domain": TEST_SHOP,
      "X-Shopify-API-Version": "2026-07",
      "X-Shopify-Webhook-Id": crypto.randomUUID(),
      "X-Shopify-Event-Id": crypto.randomUUID(),
      "X-Shopify-Triggered-At": new Date().toISOString(),
      ...opts.headers,
    },
  });
}

const call = async (action: Action, request: Request) => action({ request, params: {}, context: {} }).catch((thrown: unknown) => {
  if (thrown instanceof Response) return thrown;
  throw thrown;
});

const ROUTES = [
  { name: "app/uninstalled", action: () => routes.uninstalled, path: "app/uninstalled", topic: "app/uninstalled" },
  { name: "app/scopes_update", action: () => routes.scopes, path: "app/scopes_update", topic: "app/scopes_update" },
  { name: "customers/redact", action: () => routes.compliance, path: "compliance", topic: "customers/redact" },
  { name: "customers/data_request", action: () => routes.compliance, path: "compliance", topic: "customers/data_request" },
  { name: "shop/redact", action: () => routes.compliance, path: "compliance", topic: "shop/redact" },
  { name: "inventory_levels/update", action: () => routes.inventory, path: "inventory_levels/update", topic: "inventory_levels/update" },
];

describe.each(ROUTES)("$name", ({ action, path, topic }) => {
  it("still refuses a wrong HMAC with 401 and changes nothing", async () => {
    const before = await snapshot();
    const response = await call(action(), webhook(path, topic, "{}", { secret: "wrong-secret" }));
    expect(response.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it.each(["not json", '{"truncated":', ""])("answers a signed body that is not JSON (%j) with 400 and changes nothing", async (body) => {
    const before = await snapshot();
    const response = await call(action(), webhook(path, topic, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Webhook body must be JSON" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers a signed body over the size limit with 413 without reading it", async () => {
    const before = await snapshot();
    const response = await call(action(), webhook(path, topic, "{}", { headers: { "Content-Length": String(MAX_WEBHOOK_BODY_BYTES + 1) } }));
    expect(response.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });

  it("answers random signed JSON with 2xx or 4xx, never 5xx, and changes nothing on a 4xx (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await seed();
        const before = await snapshot();
        const response = await call(action(), webhook(path, topic, JSON.stringify(value)));
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await snapshot()).toEqual(before);
      }),
      // Six routes share the budget: 6 × 40 signed requests.
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("payload shapes", () => {
  it.each([
    ["scopes_update without current", routes, "scopes", "app/scopes_update", "app/scopes_update", { previous: ["read_orders"] }, "current: Required"],
    ["scopes_update with a string for current", routes, "scopes", "app/scopes_update", "app/scopes_update", { current: "read_orders" }, "current: Expected array, received string"],
    ["inventory with a huge id", routes, "inventory", "inventory_levels/update", "inventory_levels/update", { inventory_item_id: 1e30, available: 3 }, "inventory_item_id: id is too large"],
    ["inventory with a fractional count", routes, "inventory", "inventory_levels/update", "inventory_levels/update", { inventory_item_id: 42, available: 1.5 }, "available: available must be an integer"],
    ["inventory as an array", routes, "inventory", "inventory_levels/update", "inventory_levels/update", [{ inventory_item_id: 42, available: 3 }], "body: Expected object, received array"],
    ["customers/redact with a number for the email", routes, "compliance", "compliance", "customers/redact", { shop_domain: TEST_SHOP, customer: { id: 7001, email: 12 } }, "customer.email: Expected string, received number"],
    ["customers/redact without a customer", routes, "compliance", "compliance", "customers/redact", { shop_domain: TEST_SHOP }, "customer: Required"],
    ["customers/redact with an object id", routes, "compliance", "compliance", "customers/redact", { shop_domain: TEST_SHOP, customer: { id: { $ne: 1 } } }, "customer.id: Invalid input"],
    ["shop/redact for another shop", routes, "compliance", "compliance", "shop/redact", { shop_domain: "other-shop.myshopify.com" }, "shop_domain does not match the shop"],
    ["an unknown compliance topic", routes, "compliance", "compliance", "orders/create", { shop_domain: TEST_SHOP }, "Unexpected webhook topic ORDERS_CREATE"],
  ] as const)("%s: 422 with the problem named, nothing changed", async (_name, table, key, path, topic, payload, error) => {
    const before = await snapshot();
    const response = await call(table[key], webhook(path, topic, JSON.stringify(payload)));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error });
    expect(await snapshot()).toEqual(before);
  });

  it("still handles well-formed payloads", async () => {
    const scopes = await call(routes.scopes, webhook("app/scopes_update", "app/scopes_update", JSON.stringify({ current: ["read_orders", "write_orders"] })));
    expect(scopes.status).toBe(200);
    expect((await t.prisma.session.findFirstOrThrow({ where: { shop: TEST_SHOP } })).scope).toBe("read_orders,write_orders");

    const redact = await call(routes.compliance, webhook("compliance", "customers/redact", JSON.stringify({ shop_id: 1, shop_domain: TEST_SHOP, customer: { id: 7001, email: "Maya.Chen@example.com" }, orders_to_redact: [1001] })));
    expect(redact.status).toBe(200);
    expect(await t.prisma.conversation.count({ where: { customerId: "gid://shopify/Customer/7001" } })).toBe(0);
    expect(await t.prisma.backInStockSubscription.count({ where: { email: "maya.chen@example.com" } })).toBe(0);

    const inventory = await call(routes.inventory, webhook("inventory_levels/update", "inventory_levels/update", JSON.stringify({ inventory_item_id: 42, location_id: 7, available: 0 })));
    expect(inventory.status).toBe(200);

    const uninstalled = await call(routes.uninstalled, webhook("app/uninstalled", "app/uninstalled", JSON.stringify({ id: 1, domain: TEST_SHOP })));
    expect(uninstalled.status).toBe(200);
    expect(await t.prisma.session.count({ where: { shop: TEST_SHOP } })).toBe(0);
  });
});
