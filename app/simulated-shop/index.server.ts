// Public API of the simulated shop (tests and the offline demo only; production code never imports it).
export { executeAdminGraphql, SINGLE_QUERY_MAX_COST } from "./executor.server";
export type { AdminGraphqlRequest, AdminGraphqlResponse, QueryCost, ShopifyGraphqlError } from "./executor.server";
export { simulatedShopHandlers, simulatedAccessToken } from "./msw-handlers.server";
export type { SimulatedShopHandlerOptions } from "./msw-handlers.server";
export { simulateOutage, simulateThrottle, clearSimulatedFailures } from "./failures.server";
export type { OutageOptions } from "./failures.server";
export {
  SIMULATED_SHOP_DOMAIN_DEMO,
  DEFAULT_SIMULATED_SCOPES,
  configureSimulatedShop,
  getSimulatedShop,
  getSimulatedShopRequests,
  resetSimulatedShops,
  simulatedNowMs,
} from "./state.server";
export type { ShopState, SimulatedShopOptions, SimulatedRequest } from "./state.server";
export { getAdminSchema, adminSchemaBuildMs, SIMULATED_ADMIN_API_VERSION } from "./schema.server";
export * from "./seed.server";
