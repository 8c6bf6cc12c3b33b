// An AdminGraphql that calls the simulated shop's executor directly, without msw or the Shopify client: for scripts
// (eval, bench) that run outside vitest. Tests of the app's real client path use createSimulatedAdmin instead.
import type { AdminGraphql } from "../domain/shop-data/admin-api.server";
import { executeAdminGraphql } from "./executor.server";

export function createDirectSimulatedAdmin(shop: string): AdminGraphql {
  return {
    async graphql(query, options) {
      const body = await executeAdminGraphql(shop, { query, variables: options?.variables ?? {} });
      return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
    },
  };
}
