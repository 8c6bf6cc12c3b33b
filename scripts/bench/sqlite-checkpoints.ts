// `npm run bench -- sqlite-checkpoints`: what SQLite's WAL checkpoints cost the event loop on the message path,
// with SQLite's own automatic checkpoints (inside a commit) and with the app's worker thread (decision 0021).
// The real pipeline (handleShopperMessage, the simulated shop) answers greetings that each start a conversation,
// one at a time at a fixed pace. That is CHECKPOINT_BENCH_MESSAGES (3000) messages at CHECKPOINT_BENCH_RATE (300) a
// second, with no HTTP. Reported per mode:
// - the main thread's busy time per message (event-loop utilisation; the worker's own time is not in it);
// - the per-message time, p50 / p99 / p99.9 / max;
// - the largest the log grew.
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setupServer } from "msw/node";
import { simulatedShopHandlers } from "../../app/simulated-shop/msw-handlers.server";

const server = setupServer(...simulatedShopHandlers());
server.listen({ onUnhandledRequest: "error" });

const MESSAGES = Number(process.env.CHECKPOINT_BENCH_MESSAGES ?? 3000);
const RATE = Number(process.env.CHECKPOINT_BENCH_RATE ?? 300);

export async function run(): Promise<Record<string, number | string>> {
  const { createTestDatabase } = await import("../../app/testing/test-database.server");
  const { createPrismaClient } = await import("../../app/db.server");
  const { createSimulatedAdmin, TEST_SHOP } = await import("../../app/simulated-shop/test-admin.server");
  const { createShopperMessagePipeline } = await import("../../app/domain/conversations/default-pipeline.server");
  const { handleShopperMessage } = await import("../../app/domain/conversations/handle-shopper-message.server");
  const { InMemoryBackInStockRepository } = await import("../../app/domain/shop-data/back-in-stock.server");

  const out: Record<string, number | string> = { messages: MESSAGES, "messages a second": RATE };
  // Twice each, alternating, so a change in the machine's speed during the run shows instead of favouring one.
  const runs = { inline: 0, worker: 0 };
  for (const mode of ["inline", "worker", "inline", "worker"] as const) {
    const test = await createTestDatabase("sqlite");
    await test.prisma.$disconnect();
    const file = test.url.replace(/^file:/, "");
    const db = createPrismaClient(test.url, { backgroundCheckpoints: mode === "worker" });
    const admin = await createSimulatedAdmin(TEST_SHOP);
    const pipeline = createShopperMessagePipeline({ db, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository() });
    const send = (i: number) =>
      handleShopperMessage(pipeline, { shop: TEST_SHOP, customerId: null, visitorId: `visitor-${mode}-${i}`, clientMessageId: `m-${i}`, text: "hello" });
    for (let i = 0; i < 50; i++) await send(-1 - i); // warm-up: model, statements, JIT

    const times: number[] = [];
    let largestLog = 0;
    const elu = performance.eventLoopUtilization();
    const started = performance.now();
    for (let i = 0; i < MESSAGES; i++) {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const t0 = performance.now();
      await send(i);
      times.push(performance.now() - t0);
      if (i % 50 === 0) largestLog = Math.max(largestLog, statSync(`${file}-wal`).size);
    }
    const busy = performance.eventLoopUtilization(elu);
    await db.$disconnect();
    await test.drop();

    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    const run = ++runs[mode];
    out[`${mode} (run ${run}): main thread busy ms/msg`] = +(busy.active / MESSAGES).toFixed(2);
    out[`${mode} (run ${run}): ms/msg p50 / p99 / p99.9 / max`] = `${q(0.5)} / ${q(0.99)} / ${q(0.999)} / ${times.at(-1)!.toFixed(1)}`;
    out[`${mode} (run ${run}): largest log MB`] = +(largestLog / 1e6).toFixed(1);
  }
  server.close();
  return out;
}
