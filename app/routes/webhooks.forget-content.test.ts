// Uninstall and shop redact forget the shop's indexed content (products, pages), through the routes as Shopify calls
// them, on a real SQLite database: the stored rows go, another shop's stay, and the process-wide index no longer
// answers from the forgotten content.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getHmac, TEST_SHOP } from "@shopify/shopify-api/test-helpers";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.server";
import { createSimulatedAdmin, simulatedOfflineSession } from "../simulated-shop/test-admin.server";
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";

type Action = (args: { request: Request; params: object; context: object }) => Promise<Response>;
let t: TestDatabase;
let uninstalled: Action;
let compliance: Action;
let store: import("../domain/knowledge/store.server").ShopContentStore;
const OTHER_SHOP = "other-content.myshopify.com";

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  // Before the routes import db.server / shopify.server, so both open the test database.
  process.env.DATABASE_URL = t.url;
  uninstalled = (await import("./webhooks.app.uninstalled")).action as Action;
  compliance = (await import("./webhooks.compliance")).action as Action;
  store = (await import("../domain/knowledge/store.server")).defaultShopContentStore();
}, 60_000);
afterAll(() => t.drop());

beforeEach(async () => {
  const { sessionStorage } = await import("../shopify.server");
  await sessionStorage.storeSession(simulatedOfflineSession(TEST_SHOP));
  for (const shop of [TEST_SHOP, OTHER_SHOP]) await store.rebuild(shop, await createSimulatedAdmin(shop));
});

function webhook(path: string, topic: string, body: string) {
  return new Request(`https://my-test-app.myshopify.io/webhooks/${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Hmac-Sha256": getHmac(body, "testApiSecretKey"),
      "X-Shopify-Topic": topic,
      "X-Shopify-Shop-Domain": TEST_SHOP,
      "X-Shopify-API-Version": "2026-07",
      "X-Shopify-Webhook-Id": crypto.randomUUID(),
      "X-Shopify-Event-Id": crypto.randomUUID(),
      "X-Shopify-Triggered-At": new Date().toISOString(),
    },
  });
}

const call = (action: Action, request: Request) =>
  action({ request, params: {}, context: {} }).catch((thrown: unknown) => {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  });

/** An Admin API for a shop that is gone: any read fails, so an index can only come from memory. */
const goneAdmin: AdminGraphql = {
  graphql: async () => {
    throw new Error("the shop uninstalled the app");
  },
} as unknown as AdminGraphql;

const rows = (shop: string) => t.prisma.shopContentIndex.count({ where: { shop } });

describe("forgetting a shop's content", () => {
  it("app/uninstalled deletes the shop's stored content and this process's index, and only that shop's", async () => {
    expect(await rows(TEST_SHOP)).toBe(1);
    expect((await store.indexFor(TEST_SHOP, goneAdmin)).passages.size).toBeGreaterThan(0);

    const response = await call(uninstalled, webhook("app/uninstalled", "app/uninstalled", JSON.stringify({ id: 1, domain: TEST_SHOP })));
    expect(response.status).toBe(200);
    expect(await rows(TEST_SHOP)).toBe(0);
    expect(await rows(OTHER_SHOP)).toBe(1);
    // Nothing left in memory: answering would need the (gone) shop's Admin API.
    await expect(store.indexFor(TEST_SHOP, goneAdmin)).rejects.toThrow();

    // Shopify repeats webhooks; a repeat (session already gone) is a 200 that changes nothing.
    const again = await call(uninstalled, webhook("app/uninstalled", "app/uninstalled", JSON.stringify({ id: 1, domain: TEST_SHOP })));
    expect(again.status).toBe(200);
    expect(await rows(OTHER_SHOP)).toBe(1);
  });

  it("shop/redact deletes the shop's stored content too", async () => {
    const body = JSON.stringify({ shop_id: 1, shop_domain: TEST_SHOP });
    const response = await call(compliance, webhook("compliance", "shop/redact", body));
    expect(response.status).toBe(200);
    expect(await rows(TEST_SHOP)).toBe(0);
    expect(await rows(OTHER_SHOP)).toBe(1);
    await expect(store.indexFor(TEST_SHOP, goneAdmin)).rejects.toThrow();
  });

  it("another instance that cached the index stops answering from it once it sees the row is gone", async () => {
    const { ShopContentStore, VERSION_CHECK_MS } = await import("../domain/knowledge/store.server");
    let clock = Date.now();
    const other = new ShopContentStore(t.prisma, { now: () => clock });
    expect((await other.indexFor(TEST_SHOP, goneAdmin)).passages.size).toBeGreaterThan(0);

    await store.forget(TEST_SHOP);
    clock += VERSION_CHECK_MS + 1;
    await expect(other.indexFor(TEST_SHOP, goneAdmin)).rejects.toThrow();
  });
});
