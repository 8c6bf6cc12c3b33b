// Fixed, obviously fake credentials: demo mode refuses to run with anything that looks real.
export const DEMO_API_KEY = "switchboard-demo-api-key";
export const DEMO_API_SECRET = "switchboard-demo-api-secret";
export const DEMO_SHOP = "switchboard-demo.myshopify.com";
export const DEMO_SCOPES =
  "read_orders,write_orders,read_customers,read_products,read_inventory,read_locations,read_returns,write_returns,read_legal_policies,read_themes,read_online_store_pages,read_discounts,read_shipping";
export const DEMO_HOST = "127.0.0.1";

export interface DemoPorts {
  app: number;
  storefront: number;
}

/** Refuses to start where a demo could touch real data or be reached from the network. */
export function assertDemoAllowed(env: Record<string, string | undefined>) {
  if (env.NODE_ENV === "production") {
    throw new Error("Demo mode refuses to start with NODE_ENV=production.");
  }
  if (env.SHOPIFY_API_KEY && env.SHOPIFY_API_KEY !== DEMO_API_KEY) {
    throw new Error("Demo mode refuses to start with a real SHOPIFY_API_KEY in the environment. Unset it to run the demo.");
  }
  if (env.SHOPIFY_API_SECRET && env.SHOPIFY_API_SECRET !== DEMO_API_SECRET) {
    throw new Error("Demo mode refuses to start with a real SHOPIFY_API_SECRET in the environment. Unset it to run the demo.");
  }
}

export function demoEnv(ports: DemoPorts): Record<string, string> {
  const appUrl = `http://localhost:${ports.app}`;
  return {
    SWITCHBOARD_DEMO: "1",
    SHOPIFY_API_KEY: DEMO_API_KEY,
    SHOPIFY_API_SECRET: DEMO_API_SECRET,
    SHOPIFY_APP_URL: appUrl,
    SCOPES: DEMO_SCOPES,
    // Picked up by @shopify/shopify-app-remix/adapters/node for the auth bounce page.
    APP_BRIDGE_URL: `${appUrl}/demo/app-bridge.js`,
  };
}
