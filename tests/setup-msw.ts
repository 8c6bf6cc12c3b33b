// msw must be listening before @shopify/shopify-api/adapters/node is imported,
// otherwise the Admin API client captures the unpatched fetch.
import { afterAll, afterEach, beforeAll } from "vitest";
import { mswServer } from "./msw-server";

beforeAll(() => mswServer.listen({ onUnhandledRequest: "error" }));
afterEach(() => mswServer.resetHandlers());
afterAll(() => mswServer.close());
