import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Unit and route tests. Browser tests (Chromium) have their own config.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "server/**/*.test.ts"],
    exclude: ["**/*.browser.test.ts", "node_modules/**"],
    setupFiles: ["./tests/setup-msw.ts"],
    environment: "node",
    // Route tests load app/shopify.server.ts, which validates these at import; the values are
    // @shopify/shopify-api/test-helpers' test credentials, so its request helpers sign correctly.
    env: {
      SHOPIFY_API_KEY: "testApiKey",
      SHOPIFY_API_SECRET: "testApiSecretKey",
      SHOPIFY_APP_URL: "https://my-test-app.myshopify.io",
      SCOPES: "read_orders,write_orders,read_customers,read_products,read_inventory,read_locations,read_returns,write_returns,read_legal_policies",
    },
    pool: "forks",
    testTimeout: 20_000,
  },
});
