import { beforeAll, describe, expect, it } from "vitest";
import { simulateOutage, simulateThrottle } from "~/simulated-shop/failures.server";
import { SEED_ORDERS } from "~/simulated-shop/seed.server";
import { getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import {
  CostBudget,
  runAdminQuery,
  ShopDataUnavailableError,
  type AdminGraphql,
  type Clock,
} from "./admin-api.server";
import { ORDERS_BY_NAME_QUERY } from "./orders.server";
import { RETURN_REQUEST_MUTATION } from "./returns.server";

/** Virtual time: sleeps advance the clock instantly, so retry schedules are checked without waiting. */
function virtualClock(): Clock & { slept: number[]; t: number } {
  const c = {
    t: 1_000_000,
    slept: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.slept.push(ms);
      c.t += ms;
    },
  };
  return c;
}

const SHOP_QUERY = `#graphql
  query ShopName { shop { name } }
`;
const nameQuery = { query: `name:${SEED_ORDERS.inTransit.name.replace("#", "")}` };

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

const requestCount = () => getSimulatedShopRequests(TEST_SHOP).length;

async function failure(p: Promise<unknown>): Promise<ShopDataUnavailableError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShopDataUnavailableError);
  return error as ShopDataUnavailableError;
}

describe("runAdminQuery against the simulated shop", () => {
  it("returns data and records the actual query cost against the budget", async () => {
    const budget = new CostBudget();
    const { data, cost, attempts } = await runAdminQuery<{ orders: { edges: Array<{ node: { name: string } }> } }>(
      admin,
      ORDERS_BY_NAME_QUERY,
      nameQuery,
      { budget },
    );
    expect(data.orders.edges.map((e) => e.node.name)).toContain(SEED_ORDERS.inTransit.name);
    expect(attempts).toBe(1);
    expect(cost?.actualQueryCost).toBeGreaterThan(0);
    expect(cost?.throttleStatus?.maximumAvailable).toBeGreaterThan(0);
    expect(budget.spent).toBe(cost?.actualQueryCost);
    expect(budget.requests).toBe(1);
    expect(budget.byOperation.OrdersByName).toEqual({ points: cost?.actualQueryCost, requests: 1 });
  });

  it("retries THROTTLED responses and succeeds", async () => {
    simulateThrottle(TEST_SHOP, { times: 2 });
    const clock = virtualClock();
    const budget = new CostBudget();
    const result = await runAdminQuery<{ shop: { name: string } }>(admin, SHOP_QUERY, {}, { clock, budget });
    expect(result.data.shop.name).toBeTruthy();
    expect(result.attempts).toBe(3);
    expect(clock.slept).toHaveLength(2);
    // Throttled attempts cost nothing; only the successful one is charged.
    expect(budget.spent).toBe(result.cost?.actualQueryCost);
  });

  it("retries HTTP 5xx and network failures with backoff", async () => {
    simulateOutage(TEST_SHOP, { status: 503 });
    simulateOutage(TEST_SHOP, { status: "network" });
    simulateOutage(TEST_SHOP, { status: 500 });
    const clock = virtualClock();
    const result = await runAdminQuery(admin, SHOP_QUERY, {}, { clock, random: () => 1 });
    expect(result.attempts).toBe(4);
    // Full jitter with random()=1 shows the exponential envelope: 100, 200, 400 ms.
    expect(clock.slept).toEqual([100, 200, 400]);
  });

  it("gives up at the deadline during an outage with a typed error", async () => {
    simulateOutage(TEST_SHOP, { status: 503, times: 1000 });
    const clock = virtualClock();
    const started = clock.now();
    const error = await failure(runAdminQuery(admin, SHOP_QUERY, {}, { clock, deadlineMs: 2_000, random: () => 1, maxAttempts: 100 }));
    expect(error.reason).toBe("server_error");
    expect(error.status).toBe(503);
    expect(error.operation).toBe("ShopName");
    expect(error.attempts).toBeGreaterThan(1);
    // No sleep ever crosses the deadline.
    expect(clock.now() - started).toBeLessThanOrEqual(2_000);
  });

  it("stops waiting for a hung request when the deadline passes", async () => {
    simulateOutage(TEST_SHOP, { status: "timeout", delayMs: 10_000 });
    const error = await failure(runAdminQuery(admin, SHOP_QUERY, {}, { deadlineMs: 250 }));
    expect(error.reason).toBe("timeout");
    expect(error.attempts).toBe(1);
  });

  it("does not retry a rejected operation (GraphQL validation error)", async () => {
    const before = requestCount();
    const error = await failure(runAdminQuery(admin, `query Bad { shop { notAField } }`, {}, { clock: virtualClock() }));
    expect(error.reason).toBe("graphql_error");
    expect(error.attempts).toBe(1);
    expect(error.graphqlErrors?.[0].message).toMatch(/notAField/);
    expect(requestCount() - before).toBe(1);
  });

  it("does not repeat a mutation after a 5xx (it may have run), but does after THROTTLED", async () => {
    simulateOutage(TEST_SHOP, { status: 502 });
    const input = { input: { orderId: SEED_ORDERS.delivered.id, returnLineItems: [] } };
    const error = await failure(runAdminQuery(admin, RETURN_REQUEST_MUTATION, input, { clock: virtualClock() }));
    expect(error.reason).toBe("server_error");
    expect(error.attempts).toBe(1);

    simulateThrottle(TEST_SHOP);
    const ok = await runAdminQuery(admin, RETURN_REQUEST_MUTATION, input, { clock: virtualClock() });
    expect(ok.attempts).toBe(2);
  });

  it("refuses to run once the message's budget is spent, without calling the API", async () => {
    const budget = new CostBudget({ maxPoints: 5 });
    await runAdminQuery(admin, ORDERS_BY_NAME_QUERY, nameQuery, { budget });
    expect(budget.spent).toBeGreaterThan(5);
    const before = requestCount();
    const error = await failure(runAdminQuery(admin, SHOP_QUERY, {}, { budget }));
    expect(error.reason).toBe("budget_exceeded");
    expect(requestCount()).toBe(before);
  });

  it("refuses an operation whose estimate the remaining budget can't cover", async () => {
    const budget = new CostBudget({ maxPoints: 50 });
    const error = await failure(runAdminQuery(admin, SHOP_QUERY, {}, { budget, estimatedCost: 60 }));
    expect(error.reason).toBe("budget_exceeded");
  });
});

describe("runAdminQuery with other client styles", () => {
  it("handles fetch-style clients that return THROTTLED bodies and 5xx responses", async () => {
    const replies = [
      new Response("oops", { status: 502 }),
      Response.json({
        errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }],
        extensions: { cost: { requestedQueryCost: 150, actualQueryCost: null, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 50, restoreRate: 100 } } },
      }),
      Response.json({ data: { shop: { name: "X" } }, extensions: { cost: { requestedQueryCost: 1, actualQueryCost: 1, throttleStatus: null } } }),
    ];
    const fetchStyle: AdminGraphql = { graphql: async () => replies.shift()! };
    const clock = virtualClock();
    const result = await runAdminQuery<{ shop: { name: string } }>(fetchStyle, SHOP_QUERY, {}, { clock, random: () => 0 });
    expect(result.data.shop.name).toBe("X");
    expect(result.attempts).toBe(3);
    // After the throttle it waited for the bucket to refill: (150 - 50) points at 100/s = 1 s.
    expect(clock.slept[1]).toBe(1_000);
  });

  it("handles a Response thrown by the embedded-admin client and gives up on 4xx at once", async () => {
    let calls = 0;
    const thrower: AdminGraphql = {
      graphql: async () => {
        calls += 1;
        throw new Response(JSON.stringify({ errors: "Unauthorized" }), { status: 401 });
      },
    };
    const error = await failure(runAdminQuery(thrower, SHOP_QUERY, {}, { clock: virtualClock() }));
    expect(error.reason).toBe("http_error");
    expect(error.status).toBe(401);
    expect(calls).toBe(1);
  });

  it("gives up at once, keeping the reason, when the client itself could not be had (no offline session)", async () => {
    let calls = 0;
    const noSession: AdminGraphql = {
      graphql: async () => {
        calls += 1;
        throw new ShopDataUnavailableError({ reason: "http_error", operation: "session", attempts: 0, message: "No Admin API session for this shop" });
      },
    };
    const clock = virtualClock();
    const error = await failure(runAdminQuery(noSession, SHOP_QUERY, {}, { clock }));
    expect(error.reason).toBe("http_error");
    expect(error.operation).toBe("ShopName");
    expect(error.message).toBe("No Admin API session for this shop");
    expect(calls).toBe(1);
    expect(clock.slept).toEqual([]);
  });
});
