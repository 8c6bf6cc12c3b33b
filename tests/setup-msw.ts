// msw must be listening before @shopify/shopify-api's fetch adapter is imported: the adapter captures
// globalThis.fetch at import time (setAbstractFetchFunc(fetch)), and test files import it after this setup file,
// but before beforeAll hooks run. So listen at module load, not in beforeAll.
import { afterAll, afterEach } from "vitest";
import { resetSimulatedShops } from "../app/simulated-shop/state.server";
import { mswServer } from "./msw-server";

mswServer.listen({ onUnhandledRequest: "error" });

afterEach(() => {
  mswServer.resetHandlers();
  // Each test starts from the seed: mutations, injected outages/throttles and the cost bucket do not leak.
  resetSimulatedShops();
});
afterAll(() => mswServer.close());
