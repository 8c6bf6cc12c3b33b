import { ApiVersion, LogSeverity, Session, shopifyApp } from "@shopify/shopify-app-remix/server";
import { testConfig } from "@shopify/shopify-app-remix/test-helpers";
import { TEST_SHOP } from "@shopify/shopify-api/test-helpers";
import { simulatedAccessToken } from "./msw-handlers.server";
import { getSimulatedShop } from "./state.server";

export { TEST_SHOP };

type TestShopify = ReturnType<typeof buildShopify>;
export type SimulatedAdmin = Awaited<ReturnType<TestShopify["unauthenticated"]["admin"]>>["admin"];

function buildShopify(shop: string = TEST_SHOP) {
  return shopifyApp(
    testConfig({
      // Without this the client sends the test API key instead of the session's token.
      adminApiAccessToken: undefined,
      apiVersion: ApiVersion.July26,
      scopes: [...getSimulatedShop(shop).scopes],
      logger: { level: LogSeverity.Error },
    }),
  );
}

/**
 * An offline session for `shop` with the token the simulated OAuth endpoint would have issued, holding the scopes
 * the simulated shop grants.
 */
export function simulatedOfflineSession(shop: string = TEST_SHOP): Session {
  return new Session({
    id: `offline_${shop}`,
    shop,
    state: "simulated",
    isOnline: false,
    accessToken: simulatedAccessToken(shop),
    scope: getSimulatedShop(shop).scopes.join(","),
  });
}

/**
 * The `admin` API context production code gets from `unauthenticated.admin(shop)`, built by the real
 * @shopify/shopify-app-remix with a memory session store. Calls go through fetch, so the msw handlers answer them.
 */
export async function createSimulatedAdmin(shop: string = TEST_SHOP): Promise<SimulatedAdmin> {
  const { admin } = await createSimulatedAdminContext(shop);
  return admin;
}

/** Same as createSimulatedAdmin, also exposing the session and the shopify app instance. */
export async function createSimulatedAdminContext(shop: string = TEST_SHOP) {
  const shopify = buildShopify(shop);
  const session = simulatedOfflineSession(shop);
  await shopify.sessionStorage!.storeSession(session);
  const { admin } = await shopify.unauthenticated.admin(shop);
  return { admin, session, shopify };
}
