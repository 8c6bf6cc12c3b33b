import { beforeEach, describe, expect, it } from "vitest";
import { executeAdminGraphql } from "./executor.server";
import { simulateThrottle } from "./failures.server";
import { DAY_MS, SEED_CUSTOMERS, SEED_GUEST_EMAIL, SEED_ORDERS, SEED_RETURN_REASONS } from "./seed.server";
import { configureSimulatedShop, DEFAULT_SIMULATED_SCOPES, resetSimulatedShops, THROTTLE_MAXIMUM_AVAILABLE } from "./state.server";

const SHOP = "executor-test.myshopify.com";
const NOW = new Date("2026-11-23T12:00:00.000Z");

beforeEach(() => resetSimulatedShops({ now: NOW }));

const run = (query: string, variables: Record<string, unknown> = {}) => executeAdminGraphql(SHOP, { query, variables });
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
  const result = await run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Data;
};
const orderNames = async (search: string, extra = "") =>
  ((await data(`query ($q: String) { orders(first: 50, query: $q ${extra}) { nodes { name } } }`, { q: search })).orders.nodes as { name: string }[]).map((n) => n.name);

describe("validation errors", () => {
  it("reports an unknown field like Shopify, without data", async () => {
    const result = await run(`query { shop { name nickname } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: "Field 'nickname' doesn't exist on type 'Shop'",
        locations: [{ line: 1, column: 21 }],
        extensions: { code: "undefinedField", typeName: "Shop", fieldName: "nickname" },
      },
    ]);
  });

  it("reports a missing required argument and a syntax error", async () => {
    const missing = await run(`query { order { id } }`);
    expect(missing.errors?.[0]).toMatchObject({ message: "Field 'order' is missing required arguments: id", extensions: { code: "missingRequiredArguments" } });
    const syntax = await run(`query { shop { name }`);
    expect(syntax.errors?.[0].extensions?.code).toBe("parseError");
    expect(syntax.errors?.[0].locations?.[0].line).toBe(1);
  });

  it("reports missing and invalid variables like Shopify", async () => {
    const missing = await run(`query ($id: ID!) { order(id: $id) { id } }`);
    expect(missing.errors).toEqual([
      expect.objectContaining({
        message: "Variable $id of type ID! was provided invalid value",
        extensions: { code: "INVALID_VARIABLE", value: null, problems: [{ path: [], explanation: "Expected value to not be null" }] },
      }),
    ]);
    const wrong = await run(`query ($first: Int!) { orders(first: $first) { nodes { id } } }`, { first: "ten" });
    expect(wrong.errors?.[0].message).toBe("Variable $first of type Int! was provided invalid value");
    expect(wrong.extensions).toBeUndefined();
  });

  it("requires first or last on connections", async () => {
    const result = await run(`query { orders { nodes { id } } }`);
    expect(result.errors?.[0].message).toBe("you must provide one of first or last");
  });
});

describe("orders search", () => {
  it("finds by name with or without #, by email, by customer id, by status", async () => {
    expect(await orderNames("name:1003")).toEqual(["#1003"]);
    expect(await orderNames(`name:${SEED_ORDERS.inTransit.name}`)).toEqual(["#1003"]);
    expect(await orderNames(`email:${SEED_GUEST_EMAIL}`)).toEqual([SEED_ORDERS.guest.name]);
    const mayaId = SEED_CUSTOMERS.repeat.id.split("/").pop();
    expect(await orderNames(`customer_id:${mayaId}`, "sortKey: ORDER_NUMBER")).toEqual(["#1001", "#1003", "#1005"]);
    // Default sort is PROCESSED_AT ascending: oldest first.
    expect(await orderNames(`customer_id:${mayaId}`)).toEqual(["#1005", "#1003", "#1001"]);
    expect(await orderNames("status:cancelled")).toEqual([SEED_ORDERS.cancelled.name]);
    expect(await orderNames("fulfillment_status:partial")).toEqual([SEED_ORDERS.partiallyFulfilled.name]);
    expect(await orderNames(`email:${SEED_CUSTOMERS.repeat.email} AND name:1005`)).toEqual(["#1005"]);
    expect(await orderNames(`name:1003 OR name:1004`, "sortKey: ORDER_NUMBER")).toEqual(["#1003", "#1004"]);
  });

  it("sorts by sortKey and honours reverse", async () => {
    const newestFirst = await orderNames("", "sortKey: CREATED_AT, reverse: true");
    expect(newestFirst[0]).toBe(SEED_ORDERS.unfulfilledPaid.name);
    const byNumber = await orderNames("", "sortKey: ORDER_NUMBER");
    expect(byNumber).toEqual([...byNumber].sort());
  });

  it("paginates with cursors", async () => {
    const first = await data(`{ orders(first: 2, sortKey: ORDER_NUMBER) { nodes { name } pageInfo { hasNextPage endCursor } } }`);
    expect(first.orders.nodes.map((n: { name: string }) => n.name)).toEqual(["#1001", "#1002"]);
    expect(first.orders.pageInfo.hasNextPage).toBe(true);
    const next = await data(`query ($after: String) { orders(first: 2, after: $after, sortKey: ORDER_NUMBER) { nodes { name } } }`, {
      after: first.orders.pageInfo.endCursor,
    });
    expect(next.orders.nodes.map((n: { name: string }) => n.name)).toEqual(["#1003", "#1004"]);
  });
});

describe("60-day order window", () => {
  const OLD = SEED_ORDERS.olderThan60Days;

  it("hides orders older than 60 days without read_all_orders", async () => {
    expect(OLD.createdDaysAgo).toBeGreaterThan(60);
    expect(await orderNames(`name:${OLD.name}`)).toEqual([]);
    expect(await orderNames(`email:${OLD.email}`)).not.toContain(OLD.name);
    expect((await data(`query ($id: ID!) { order(id: $id) { id } }`, { id: OLD.id })).order).toBeNull();
    const customer = await data(`query ($id: ID!) { customer(id: $id) { numberOfOrders orders(first: 10) { nodes { name } } } }`, { id: OLD.customerId });
    expect(customer.customer.orders.nodes.map((n: { name: string }) => n.name)).not.toContain(OLD.name);
    // Lifetime figures still count the old order, as on Shopify.
    expect(Number(customer.customer.numberOfOrders)).toBe(4);
  });

  it("shows them with read_all_orders", async () => {
    configureSimulatedShop(SHOP, { scopes: [...DEFAULT_SIMULATED_SCOPES, "read_all_orders"] });
    expect(await orderNames(`name:${OLD.name}`)).toEqual([OLD.name]);
    expect((await data(`query ($id: ID!) { order(id: $id) { name } }`, { id: OLD.id })).order.name).toBe(OLD.name);
  });

  it("measures the window from the seed's now", async () => {
    // Seeded 50 days earlier, the same order is only 25 days old relative to that shop's clock... and still 75 days
    // old relative to its own seed: the window moves with the seed, not with the wall clock.
    resetSimulatedShops({ now: new Date(NOW.getTime() - 50 * DAY_MS) });
    expect(await orderNames(`name:${OLD.name}`)).toEqual([]);
    expect(await orderNames(`name:${SEED_ORDERS.returned.name}`)).toEqual([SEED_ORDERS.returned.name]);
  });
});

describe("seeded states read back correctly", () => {
  it("tracking, delivery and return facts", async () => {
    const q = `query ($id: ID!) { order(id: $id) { displayFulfillmentStatus displayFinancialStatus returnStatus cancelReason
      fulfillments(first: 5) { displayStatus deliveredAt estimatedDeliveryAt trackingInfo(first: 1) { company number url } } } }`;
    const inTransit = (await data(q, { id: SEED_ORDERS.inTransit.id })).order;
    expect(inTransit.fulfillments[0].displayStatus).toBe("IN_TRANSIT");
    expect(inTransit.fulfillments[0].trackingInfo[0]).toEqual(SEED_ORDERS.inTransit.tracking);
    expect(Date.parse(inTransit.fulfillments[0].estimatedDeliveryAt)).toBe(NOW.getTime() + 2 * DAY_MS);
    const delivered = (await data(q, { id: SEED_ORDERS.delivered.id })).order;
    expect(Date.parse(delivered.fulfillments[0].deliveredAt)).toBe(NOW.getTime() - 3 * DAY_MS);
    expect((await data(q, { id: SEED_ORDERS.outForDelivery.id })).order.fulfillments[0].displayStatus).toBe("OUT_FOR_DELIVERY");
    expect((await data(q, { id: SEED_ORDERS.cancelled.id })).order.cancelReason).toBe("CUSTOMER");
    expect((await data(q, { id: SEED_ORDERS.returned.id })).order.returnStatus).toBe("RETURNED");
    expect((await data(q, { id: SEED_ORDERS.returnRequested.id })).order.returnStatus).toBe("RETURN_REQUESTED");
    expect((await data(q, { id: SEED_ORDERS.refunded.id })).order.displayFinancialStatus).toBe("REFUNDED");
  });

  it("shop policies", async () => {
    const shop = (await data(`{ shop { shopPolicies { type title body url } } }`)).shop;
    expect(shop.shopPolicies.map((p: { type: string }) => p.type)).toEqual(expect.arrayContaining(["REFUND_POLICY", "SHIPPING_POLICY", "CONTACT_INFORMATION"]));
    expect(shop.shopPolicies.find((p: { type: string }) => p.type === "REFUND_POLICY").body).toContain("30 days");
  });

  it("unknown-but-valid fields resolve to type-correct defaults", async () => {
    const result = await data(`{ shop { name features { giftCards } } product(id: "gid://shopify/Product/8001") { variantsCount { count } seo { title } } }`);
    expect(result.shop.features.giftCards).toBe(false);
    expect(result.product.variantsCount.count).toBe(8);
  });
});

const RETURN_REQUEST = `mutation ($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id name status totalQuantity } userErrors { field message code } } }`;
const RETURNABLE = `query ($orderId: ID!) { returnableFulfillments(orderId: $orderId, first: 5) { nodes { returnableFulfillmentLineItems(first: 10) { nodes { quantity fulfillmentLineItem { id lineItem { sku } } } } } } }`;

describe("returnRequest", () => {
  const returnable = async (orderId: string) =>
    (await data(RETURNABLE, { orderId })).returnableFulfillments.nodes.flatMap((n: Data) =>
      n.returnableFulfillmentLineItems.nodes.map((l: Data) => ({ id: l.fulfillmentLineItem.id, sku: l.fulfillmentLineItem.lineItem.sku, quantity: l.quantity })),
    );

  it("creates a REQUESTED return and reduces the returnable quantity", async () => {
    const [shoe, beanies] = await returnable(SEED_ORDERS.delivered.id);
    expect(beanies.quantity).toBe(2);
    const result = await data(RETURN_REQUEST, {
      input: {
        orderId: SEED_ORDERS.delivered.id,
        returnLineItems: [{ fulfillmentLineItemId: beanies.id, quantity: 1, returnReasonDefinitionId: SEED_RETURN_REASONS.color.id, customerNote: "Too bright" }],
      },
    });
    expect(result.returnRequest.userErrors).toEqual([]);
    expect(result.returnRequest.return).toMatchObject({ name: `${SEED_ORDERS.delivered.name}-R1`, status: "REQUESTED", totalQuantity: 1 });
    expect(await returnable(SEED_ORDERS.delivered.id)).toEqual([shoe, { ...beanies, quantity: 1 }]);
    const order = await data(`query ($id: ID!) { order(id: $id) { returnStatus returns(first: 5) { nodes { status } } } }`, { id: SEED_ORDERS.delivered.id });
    expect(order.order).toEqual({ returnStatus: "RETURN_REQUESTED", returns: { nodes: [{ status: "REQUESTED" }] } });
  });

  it("rejects more than the returnable quantity, with no return created", async () => {
    const [, beanies] = await returnable(SEED_ORDERS.delivered.id);
    const result = await data(RETURN_REQUEST, {
      input: { orderId: SEED_ORDERS.delivered.id, returnLineItems: [{ fulfillmentLineItemId: beanies.id, quantity: 3 }] },
    });
    expect(result.returnRequest.return).toBeNull();
    expect(result.returnRequest.userErrors).toEqual([
      { field: ["input", "returnLineItems", "0", "quantity"], message: "Quantity 3 exceeds the returnable quantity of 2.", code: "INVALID" },
    ]);
    const order = await data(`query ($id: ID!) { order(id: $id) { returnStatus } }`, { id: SEED_ORDERS.delivered.id });
    expect(order.order.returnStatus).toBe("NO_RETURN");
  });

  it("counts the existing request on #1013 and refuses gift cards and unknown items", async () => {
    const requested = await returnable(SEED_ORDERS.returnRequested.id);
    expect(requested[0].quantity).toBe(1); // 2 beanies, 1 already requested
    expect(await returnable(SEED_ORDERS.giftCardOnly.id)).toEqual([]);
    expect(await returnable(SEED_ORDERS.returned.id)).toEqual([]);
    const unknown = await data(RETURN_REQUEST, {
      input: { orderId: SEED_ORDERS.delivered.id, returnLineItems: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1 }] },
    });
    expect(unknown.returnRequest.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "returnLineItems", "0", "fulfillmentLineItemId"] });
    const missingOrder = await data(RETURN_REQUEST, { input: { orderId: "gid://shopify/Order/999999", returnLineItems: [] } });
    expect(missingOrder.returnRequest.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "orderId"] });
  });
});

describe("return request lifecycle", () => {
  const LIFECYCLE = `mutation ($id: ID!) {
    approve: returnApproveRequest(input: { id: $id }) { return { status } userErrors { code } }
  }`;

  it("approves a requested return once, then refuses", async () => {
    const id = "gid://shopify/Return/10131"; // #1013-R1, seeded as REQUESTED
    expect((await data(LIFECYCLE, { id })).approve).toEqual({ return: { status: "OPEN" }, userErrors: [] });
    expect((await data(LIFECYCLE, { id })).approve).toEqual({ return: null, userErrors: [{ code: "INVALID_STATE" }] });
    const order = await data(`query ($id: ID!) { order(id: $id) { returnStatus } }`, { id: SEED_ORDERS.returnRequested.id });
    expect(order.order.returnStatus).toBe("IN_PROGRESS");
  });

  it("a declined request frees the quantity for a new request", async () => {
    const id = "gid://shopify/Return/10131";
    const declined = await data(`mutation ($id: ID!) { returnDeclineRequest(input: { id: $id, declineReason: RETURN_PERIOD_ENDED }) { return { status } userErrors { code } } }`, { id });
    expect(declined.returnDeclineRequest).toEqual({ return: { status: "DECLINED" }, userErrors: [] });
    const again = await data(RETURN_REQUEST, {
      input: { orderId: SEED_ORDERS.returnRequested.id, returnLineItems: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1013101", quantity: 2 }] },
    });
    expect(again.returnRequest.userErrors).toEqual([]);
    expect(again.returnRequest.return.name).toBe(`${SEED_ORDERS.returnRequested.name}-R2`);
  });
});

describe("orderCancel", () => {
  const CANCEL = `mutation ($id: ID!) { orderCancel(orderId: $id, reason: CUSTOMER, restock: true, refundMethod: { originalPaymentMethodsRefund: true }) {
    job { id done } orderCancelUserErrors { field message code } } }`;

  it("cancels an unfulfilled order, refunds it and returns a job", async () => {
    const result = await data(CANCEL, { id: SEED_ORDERS.unfulfilledPaid.id });
    expect(result.orderCancel.orderCancelUserErrors).toEqual([]);
    expect(result.orderCancel.job.id).toMatch(/^gid:\/\/shopify\/Job\//);
    const order = await data(`query ($id: ID!) { order(id: $id) { cancelledAt cancelReason displayFinancialStatus } }`, { id: SEED_ORDERS.unfulfilledPaid.id });
    expect(order.order).toMatchObject({ cancelReason: "CUSTOMER", displayFinancialStatus: "REFUNDED" });
    expect(order.order.cancelledAt).not.toBeNull();
  });

  it("refuses orders that are already cancelled, paid and fulfilled, or unknown", async () => {
    expect((await data(CANCEL, { id: SEED_ORDERS.cancelled.id })).orderCancel.orderCancelUserErrors[0].code).toBe("INVALID");
    expect((await data(CANCEL, { id: SEED_ORDERS.delivered.id })).orderCancel.orderCancelUserErrors[0].code).toBe("INVALID");
    const unknown = await data(CANCEL, { id: "gid://shopify/Order/424242" });
    expect(unknown.orderCancel).toEqual({ job: null, orderCancelUserErrors: [{ field: ["orderId"], message: "Order does not exist", code: "NOT_FOUND" }] });
  });

  it("releases committed stock when restocking", async () => {
    const level = `{ productVariants(first: 1, query: "sku:TRS-09-SLA") { nodes { inventoryQuantity } } }`;
    const before = (await data(level)).productVariants.nodes[0].inventoryQuantity;
    await data(CANCEL, { id: SEED_ORDERS.unfulfilledPaid.id });
    const after = (await data(level)).productVariants.nodes[0].inventoryQuantity;
    expect(after).toBeGreaterThanOrEqual(before);
  });
});

describe("query cost and throttling", () => {
  it("reports Shopify-style cost and drains the bucket by the actual cost", async () => {
    const first = await run(`{ orders(first: 10) { nodes { id lineItems(first: 5) { nodes { id } } } } }`);
    const cost = first.extensions!.cost;
    expect(cost.requestedQueryCost).toBe(2 + 10 * (1 + 2 + 5));
    expect(cost.actualQueryCost).toBeLessThanOrEqual(cost.requestedQueryCost);
    expect(cost.actualQueryCost).toBeGreaterThan(10);
    expect(cost.throttleStatus).toEqual({ maximumAvailable: THROTTLE_MAXIMUM_AVAILABLE, currentlyAvailable: expect.any(Number), restoreRate: 100 });
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(THROTTLE_MAXIMUM_AVAILABLE - cost.actualQueryCost! + 1);
    const mutation = await run(`mutation { orderCancel(orderId: "gid://shopify/Order/1", reason: OTHER, restock: false) { job { id } } }`);
    expect(mutation.extensions!.cost.requestedQueryCost).toBe(10);
  });

  it("throttles when the bucket cannot cover the requested cost", async () => {
    const expensive = `{ products(first: 30) { nodes { variants(first: 30) { nodes { id } } } } }`; // 2 + 30 × 33 = 992
    let result = await run(expensive);
    let calls = 1;
    // Each call costs its actual cost (~50), far below the requested 992, so it takes ~20 calls to get there.
    while (!result.errors && calls < 200) {
      result = await run(expensive);
      calls += 1;
    }
    expect(calls).toBeGreaterThan(1);
    expect(result.errors).toEqual([{ message: "Throttled", extensions: { code: "THROTTLED", documentation: expect.any(String) } }]);
    expect(result.extensions!.cost.actualQueryCost).toBeNull();
    expect(result.extensions!.cost.throttleStatus.currentlyAvailable).toBeLessThan(992);
  });

  it("simulateThrottle forces THROTTLED for the next N requests only", async () => {
    simulateThrottle(SHOP, { times: 2 });
    expect((await run(`{ shop { name } }`)).errors?.[0].extensions?.code).toBe("THROTTLED");
    expect((await run(`{ shop { name } }`)).errors?.[0].extensions?.code).toBe("THROTTLED");
    expect((await run(`{ shop { name } }`)).errors).toBeUndefined();
  });

  it("rejects a single query above the max cost", async () => {
    const result = await run(`{ orders(first: 250) { nodes { lineItems(first: 250) { nodes { id } } } } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "MAX_COST_EXCEEDED", maxCost: 1000 });
  });
});

describe("resetSimulatedShops", () => {
  it("restores the seed after mutations", async () => {
    await data(`mutation { orderCancel(orderId: "${SEED_ORDERS.unfulfilledPaid.id}", reason: OTHER, restock: true) { job { id } } }`);
    const cancelled = await data(`{ order(id: "${SEED_ORDERS.unfulfilledPaid.id}") { cancelledAt } }`);
    expect(cancelled.order.cancelledAt).not.toBeNull();
    resetSimulatedShops({ now: NOW });
    const restored = await data(`{ order(id: "${SEED_ORDERS.unfulfilledPaid.id}") { cancelledAt } }`);
    expect(restored.order.cancelledAt).toBeNull();
  });

  it("keeps each shop's state separate", async () => {
    await data(`mutation { orderCancel(orderId: "${SEED_ORDERS.unfulfilledPaid.id}", reason: OTHER, restock: true) { job { id } } }`);
    const other = await executeAdminGraphql("someone-else.myshopify.com", { query: `{ order(id: "${SEED_ORDERS.unfulfilledPaid.id}") { cancelledAt } }` });
    expect((other.data as Data).order.cancelledAt).toBeNull();
  });
});
