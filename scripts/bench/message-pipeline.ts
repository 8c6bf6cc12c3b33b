// One shopper message end to end, in-process: store → understand → route → live answer from the simulated
// shop (real Shopify client over msw) → store the reply, on a fresh SQLite database. Wall-clock per message.
import { setupServer } from "msw/node";
import { simulatedShopHandlers } from "../../app/simulated-shop/msw-handlers.server";

// msw must patch fetch before the Shopify node adapter captures it, so it starts at import time.
const server = setupServer(...simulatedShopHandlers());
server.listen({ onUnhandledRequest: "error" });

const ROUNDS = 30;

export async function run(): Promise<Record<string, number | string>> {
  try {
    const { createTestDatabase } = await import("../../app/testing/test-database.server");
    const { createSimulatedAdmin, TEST_SHOP } = await import("../../app/simulated-shop/test-admin.server");
    const { SEED_ORDERS, SEED_CUSTOMERS } = await import("../../app/simulated-shop/seed.server");
    const { createShopperMessagePipeline } = await import("../../app/domain/conversations/default-pipeline.server");
    const { handleShopperMessage } = await import("../../app/domain/conversations/handle-shopper-message.server");
    const { InMemoryBackInStockRepository } = await import("../../app/domain/shop-data/back-in-stock.server");
    const { shopDataCache } = await import("../../app/domain/shop-data/ttl-cache.server");
    const db = await createTestDatabase("sqlite");
    const admin = await createSimulatedAdmin(TEST_SHOP);
    const pipeline = () =>
      createShopperMessagePipeline({ db: db.prisma, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => new Date("2026-11-18T17:00:00Z") });
    let n = 0;
    const send = (text: string, customerId: string | null = null, conversationId: string | null = null) =>
      handleShopperMessage(pipeline(), { shop: TEST_SHOP, customerId, visitorId: "bench-visitor-1", conversationId, clientMessageId: `bench-${++n}`, text });

    const scenarios: Record<string, () => Promise<unknown>> = {
      "order status, guest (2 turns)": async () => {
        const a = await send(`where is my order ${SEED_ORDERS.inTransit.name}?`);
        await send(`it's ${SEED_ORDERS.inTransit.email}`, null, a.conversationId);
      },
      "order status, signed in": () => send(`where is my order ${SEED_ORDERS.inTransit.name}?`, SEED_CUSTOMERS.repeat.id),
      "return policy": () => send("what is your return policy?"),
      "handoff (talk to a person)": () => send("I want to talk to a person"),
    };
    const out: Record<string, number | string> = {};
    await send("hello"); // warm up: model load, schema build, first queries
    for (const [name, scenario] of Object.entries(scenarios)) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        shopDataCache.clear();
        const started = performance.now();
        await scenario();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      out[`${name} p50 ms`] = +times[Math.floor(ROUNDS * 0.5)].toFixed(1);
      out[`${name} p95 ms`] = +times[Math.floor(ROUNDS * 0.95)].toFixed(1);
    }
    await db.drop();
    return out;
  } finally {
    server.close();
  }
}
