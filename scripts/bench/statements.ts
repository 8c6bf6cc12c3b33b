// Database statements per shopper message, by kind of message, counted at the SQLite driver (every
// statement Prisma sends, transactions' BEGIN/COMMIT included). The message path should cost a few
// statements, not dozens: this is the number to watch when changing the engine.
import { setupServer } from "msw/node";
import { simulatedShopHandlers } from "../../app/simulated-shop/msw-handlers.server";

const server = setupServer(...simulatedShopHandlers());
server.listen({ onUnhandledRequest: "error" });

export async function run(): Promise<Record<string, number | string>> {
  try {
    const { createTestDatabase } = await import("../../app/testing/test-database.server");
    const { createPrismaClient } = await import("../../app/db.server");
    const { createSimulatedAdmin, TEST_SHOP } = await import("../../app/simulated-shop/test-admin.server");
    const { SEED_ORDERS } = await import("../../app/simulated-shop/seed.server");
    const { createShopperMessagePipeline } = await import("../../app/domain/conversations/default-pipeline.server");
    const { handleShopperMessage } = await import("../../app/domain/conversations/handle-shopper-message.server");
    const { InMemoryBackInStockRepository } = await import("../../app/domain/shop-data/back-in-stock.server");

    const file = await createTestDatabase("sqlite");
    let statements: string[] = [];
    const db = createPrismaClient(file.url, { onStatement: (sql) => statements.push(String(sql)) });
    const admin = await createSimulatedAdmin(TEST_SHOP);
    const pipeline = () => createShopperMessagePipeline({ db, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => new Date("2026-11-18T17:00:00Z") });
    let n = 0;
    const send = (text: string, conversationId: string | null = null) =>
      handleShopperMessage(pipeline(), { shop: TEST_SHOP, customerId: null, visitorId: "bench-visitor", conversationId, clientMessageId: `bench-${++n}`, text });

    await send("hello"); // warm up
    const out: Record<string, number | string> = {};
    const measure = async (name: string, scenario: () => Promise<unknown>) => {
      statements = [];
      await scenario();
      out[`${name}: statements`] = statements.length;
      if (process.env.BENCH_SHOW_SQL) console.log(name, statements);
    };
    await measure("greeting, new conversation", () => send("hello"));
    const first = await send("what is your return policy?");
    await measure("return policy, follow-up message", () => send("how long does shipping take?", first.conversationId));
    const order = await send(`where is my order ${SEED_ORDERS.inTransit.name}?`);
    await measure("order status, email given (guest)", () => send(`it's ${SEED_ORDERS.inTransit.email}`, order.conversationId));
    await measure("handoff (talk to a person)", () => send("I want to talk to a person"));
    await db.$disconnect();
    await file.drop();
    return out;
  } finally {
    server.close();
  }
}
