import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync } from "node:fs";
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { configureSimulatedShop } from "./state.server";
import { SEED_CUSTOMERS, SEED_ORDERS, SEED_RETURN_REASONS, SEED_SEGMENTS, SEED_VARIANTS } from "./seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "./test-admin.server";
import { SINGLE_QUERY_MAX_COST } from "./executor.server";

// Copies of ../shared/admin-schema/examples (see schema/NOTICE.md), so CI needs nothing outside the repo.
const EXAMPLES_DIR = fileURLToPath(new URL("./schema/examples", import.meta.url));
const DELIVERED_FLI = "gid://shopify/FulfillmentLineItem/1005101";

/** Variables for each example operation, drawn from the seed facts. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  OrderByName: { query: `name:${SEED_ORDERS.inTransit.name}` },
  OrderById: { id: SEED_ORDERS.delivered.id },
  CustomerProfile: { id: SEED_CUSTOMERS.vip.id },
  Segments: {},
  CustomerSegmentMembership: { customerId: SEED_CUSTOMERS.vip.id, segmentIds: [SEED_SEGMENTS.vip.id, SEED_SEGMENTS.wholesale.id] },
  ProductsBySearch: { query: "title:trail" },
  VariantInventoryBySearch: { query: `sku:${SEED_VARIANTS.lowStock.sku}` },
  ReturnableFulfillments: { orderId: SEED_ORDERS.delivered.id },
  OrderReturns: { id: SEED_ORDERS.returnRequested.id },
  ReturnRequest: {
    input: {
      orderId: SEED_ORDERS.delivered.id,
      returnLineItems: [{ fulfillmentLineItemId: DELIVERED_FLI, quantity: 1, returnReasonDefinitionId: SEED_RETURN_REASONS["size-too-small"].id }],
    },
  },
  ReturnCreate: { returnInput: { orderId: SEED_ORDERS.delivered.id, returnLineItems: [{ fulfillmentLineItemId: DELIVERED_FLI, quantity: 1 }] } },
  ShopInfo: {},
  OrderCancel: { orderId: SEED_ORDERS.unfulfilledPaid.id, reason: "CUSTOMER", restock: true, refundMethod: { originalPaymentMethodsRefund: true } },
};

/** The Shopify client sends no operationName, so each operation is sent alone with the fragments it uses. */
function standalone(document: DocumentNode, operation: OperationDefinitionNode): string {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const used = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(operation);
  return [operation, ...[...used].map((n) => fragments.get(n)!)].map((d) => print(d)).join("\n\n");
}

const operations = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith(".graphql"))
  .flatMap((file) => {
    const document = parse(readFileSync(`${EXAMPLES_DIR}/${file}`, "utf8"));
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => ({ file, source: standalone(document, d), name: d.name!.value }));
  });

/** Operations whose requested cost is above Shopify's single-query limit of 1000 (see README). */
const OVER_COST_LIMIT = new Set(["ReturnableFulfillments"]);

describe("shared example operations", () => {
  it("covers all 13 operations with variables", () => {
    expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  for (const op of operations) {
    it(`${op.file} ${op.name} executes through the production admin client`, async () => {
      // A generous cost ceiling lets the over-limit example run too; its rejection at 1000 is asserted below.
      if (OVER_COST_LIMIT.has(op.name)) configureSimulatedShop(TEST_SHOP, { maxQueryCost: 10_000 });
      const admin = await createSimulatedAdmin();
      const response = await admin.graphql(op.source, { variables: VARIABLES[op.name] });
      const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const root = Object.values(body.data)[0] as Record<string, unknown> | null;
      expect(root).not.toBeNull();
      const userErrors = (root as { userErrors?: unknown[]; orderCancelUserErrors?: unknown[] }).userErrors ??
        (root as { orderCancelUserErrors?: unknown[] }).orderCancelUserErrors;
      if (userErrors) expect(userErrors).toEqual([]);
      if ("edges" in (root as object)) expect((root as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    });
  }

  it(`ReturnableFulfillments as written exceeds the single-query cost limit (${SINGLE_QUERY_MAX_COST})`, async () => {
    const op = operations.find((o) => o.name === "ReturnableFulfillments")!;
    const admin = await createSimulatedAdmin();
    const error = await admin
      .graphql(op.source, { variables: VARIABLES.ReturnableFulfillments })
      .then(() => undefined, (e: { body?: { errors?: { graphQLErrors?: { extensions?: { code?: string; cost?: number } }[] } } }) => e);
    const graphQLError = error?.body?.errors?.graphQLErrors?.[0];
    expect(graphQLError?.extensions?.code).toBe("MAX_COST_EXCEEDED");
    expect(graphQLError?.extensions?.cost).toBeGreaterThan(SINGLE_QUERY_MAX_COST);
  });
});
