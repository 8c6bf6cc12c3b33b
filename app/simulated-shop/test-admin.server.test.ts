import { describe, expect, it } from "vitest";
import { SEED_ORDERS, SEED_SHOP } from "./seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "./test-admin.server";
import { getSimulatedShopRequests } from "./state.server";

describe("createSimulatedAdmin", () => {
  it("answers the production admin client through fetch and msw", async () => {
    const admin = await createSimulatedAdmin();
    const response = await admin.graphql(`query { shop { name myshopifyDomain currencyCode } }`);
    const body = await response.json();
    expect(body.data.shop).toEqual({ name: SEED_SHOP.name, myshopifyDomain: TEST_SHOP, currencyCode: "USD" });
    expect(body.extensions?.cost?.throttleStatus?.maximumAvailable).toBe(2000);
    expect(getSimulatedShopRequests(TEST_SHOP)).toHaveLength(1);
  });

  it("passes variables", async () => {
    const admin = await createSimulatedAdmin("another-shop.myshopify.com");
    const response = await admin.graphql(`query ($q: String!) { orders(first: 5, query: $q) { nodes { name email } } }`, {
      variables: { q: `name:${SEED_ORDERS.inTransit.name}` },
    });
    const body = await response.json();
    expect(body.data.orders.nodes).toEqual([{ name: SEED_ORDERS.inTransit.name, email: SEED_ORDERS.inTransit.email }]);
  });
});
