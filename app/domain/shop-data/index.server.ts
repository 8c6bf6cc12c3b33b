// Public surface of shop-data: live Admin API lookups and actions for the bot.
export {
  CostBudget,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MESSAGE_BUDGET_POINTS,
  isShopDataUnavailable,
  runAdminQuery,
  ShopDataUnavailableError,
} from "./admin-api.server";
export type { AdminGraphql, AdminUserError, QueryCost, RunOptions, ShopDataFailureReason } from "./admin-api.server";
export { getCatalogue } from "./catalogue.server";
export { getCustomerProfile } from "./customers.server";
export { findOrderForShopper, getOrderById, listRecentOrdersForCustomer, DEFAULT_ORDER_WINDOW_DAYS } from "./orders.server";
export type { OrderLookup, ShopperIdentity } from "./orders.server";
export { cancelOrder, getCancelEligibility, getChangeEligibility } from "./order-actions.server";
export type { CancelBlocker, CancelEligibility, CancelResult, ChangeEligibility } from "./order-actions.server";
export { findProductAvailability, DEFAULT_LOW_STOCK_THRESHOLD } from "./products.server";
export type { AvailabilityLookup, ProductAvailability, StockLevel, VariantAvailability } from "./products.server";
export { createReturnRequest, getReturnEligibility, listOrderReturns } from "./returns.server";
export type { ReturnEligibility, ReturnRequestResult, ReturnableItem } from "./returns.server";
export { getShopPolicies } from "./shop.server";
export type { ShopPolicies, ShopPolicy } from "./shop.server";
export {
  handleInventoryLevelUpdate,
  InMemoryBackInStockRepository,
  OutboxNotifier,
  subscribeBackInStock,
} from "./back-in-stock.server";
export type {
  BackInStockNotifier,
  BackInStockRepository,
  BackInStockSubscription,
  InventoryLevelUpdatePayload,
} from "./back-in-stock.server";
export { shopDataCache, TtlCache } from "./ttl-cache.server";
export type { LookupOptions, OrderFacts } from "./types";
