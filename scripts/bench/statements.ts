// Database statements per shopper message, by kind of message: on SQLite every statement the connection
// runs (transactions' BEGIN/COMMIT included), on PostgreSQL every query sent to the server (a round trip each). The message path should cost a few
// statements, not dozens: this is the number to watch when changing the engine.
import { setupServer } from "msw/node";
import pg from "pg";
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

    const out: Record<string, number | string> = {};
    // SQLite: every statement the connection runs (BEGIN and COMMIT included), counted by better-sqlite3.
    // PostgreSQL: every query sent to the server (round trips), counted at node-postgres's Client.query.
    let statements: string[] = [];
    const pgQuery = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string };
      statements.push(typeof config === "string" ? config : (config?.text ?? "?"));
      return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pgQuery;
    try {
      for (const provider of ["sqlite", "postgresql"] as const) {
        const file = await createTestDatabase(provider);
        const db = provider === "sqlite" ? createPrismaClient(file.url, { onStatement: (sql) => statements.push(String(sql)) }) : createPrismaClient(file.url);
        const admin = await createSimulatedAdmin(TEST_SHOP);
        const pipeline = () => createShopperMessagePipeline({ db, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => new Date("2026-11-18T17:00:00Z") });
        let n = 0;
        const send = (text: string, conversationId: string | null = null) =>
          handleShopperMessage(pipeline(), { shop: TEST_SHOP, customerId: null, visitorId: "bench-visitor", conversationId, clientMessageId: `bench-${++n}`, text });

        await send("hello"); // warm up (and PostgreSQL's pool connection)
        const measure = async (name: string, scenario: () => Promise<unknown>) => {
          statements = [];
          await scenario();
          out[`${provider} ${name}: ${provider === "sqlite" ? "statements" : "round trips"}`] = statements.length;
          if (process.env.BENCH_SHOW_SQL) console.log(provider, name, statements);
        };
        await measure("greeting, new conversation", () => send("hello"));
        await measure("return policy, new conversation", () => send("what is your return policy?"));
        const first = await send("what is your return policy?");
        await measure("return policy, follow-up message", () => send("how long does shipping take?", first.conversationId));
        const order = await send(`where is my order ${SEED_ORDERS.inTransit.name}?`);
        await measure("order status, email given (guest)", () => send(`it's ${SEED_ORDERS.inTransit.email}`, order.conversationId));
        await measure("handoff (talk to a person)", () => send("I want to talk to a person"));
        await db.$disconnect();
        await file.drop();
      }
    } finally {
      pg.Client.prototype.query = pgQuery;
    }
    return out;
  } finally {
    server.close();
  }
}
