import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACCESS_RULES_FILE, accessRulesFromIntrospection, INTROSPECTION_FILE } from "./access-rules";
import { executeAdminGraphql } from "./executor.server";
import { SEED_ORDERS } from "./seed.server";
import { configureSimulatedShop, DEFAULT_SIMULATED_SCOPES } from "./state.server";

const SHOP = "scopes-test.myshopify.com";
const withScopes = (scopes: string[]) => configureSimulatedShop(SHOP, { scopes });
const run = (query: string, variables: Record<string, unknown> = {}) => executeAdminGraphql(SHOP, { query, variables });

describe("access scopes", () => {
  it("denies a field whose type needs a missing scope, keeping the rest of the data", async () => {
    withScopes(DEFAULT_SIMULATED_SCOPES.filter((s) => s !== "read_customers"));
    const result = await run(`query ($id: ID!) { order(id: $id) { name customer { id } } }`, { id: SEED_ORDERS.delivered.id });
    expect(result.data).toEqual({ order: { name: SEED_ORDERS.delivered.name, customer: null } });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "Access denied for customer field. Required access: `read_customers` access scope.",
        path: ["order", "customer"],
        extensions: expect.objectContaining({ code: "ACCESS_DENIED", requiredAccess: "`read_customers` access scope." }),
      }),
    ]);
  });

  it("needs read_legal_policies for shop policies and read_returns as well as read_orders for returnable fulfillments", async () => {
    withScopes(["read_orders"]);
    const policies = await run(`{ shop { name shopPolicies { type } } }`);
    expect(policies.errors?.[0].extensions?.code).toBe("ACCESS_DENIED");
    expect(policies.errors?.[0].path).toEqual(["shop", "shopPolicies"]);
    const returnable = await run(`query ($id: ID!) { returnableFulfillments(orderId: $id, first: 1) { nodes { id } } }`, { id: SEED_ORDERS.delivered.id });
    expect(returnable.errors?.[0].message).toContain("read_returns");
  });

  it("lets a write scope stand in for its read scope, and checks mutations", async () => {
    withScopes(["write_orders"]);
    expect((await run(`{ orders(first: 1) { nodes { name } } }`)).errors).toBeUndefined();
    withScopes(["read_orders"]);
    const cancel = await run(`mutation { orderCancel(orderId: "${SEED_ORDERS.unfulfilledPaid.id}", reason: OTHER, restock: false) { job { id } } }`);
    expect(cancel.errors?.[0]).toMatchObject({ path: ["orderCancel"], extensions: { code: "ACCESS_DENIED" } });
  });

  it("grants by default what shopify.app.toml requests", () => {
    const toml = readFileSync(new URL("../../shopify.app.toml", import.meta.url), "utf8");
    const requested = /^\s*scopes\s*=\s*"([^"]*)"/m.exec(toml)?.[1].split(",").map((s) => s.trim()).filter(Boolean);
    expect([...DEFAULT_SIMULATED_SCOPES].sort()).toEqual(requested?.sort());
  });

  it("has access rules generated from the current introspection copy", () => {
    const fromSource = accessRulesFromIntrospection(readFileSync(INTROSPECTION_FILE));
    expect(JSON.parse(readFileSync(ACCESS_RULES_FILE, "utf8"))).toEqual(fromSource);
  });
});
