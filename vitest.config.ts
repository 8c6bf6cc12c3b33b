import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Unit and route tests. Browser tests (Chromium) have their own config.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    exclude: ["**/*.browser.test.ts", "node_modules/**"],
    setupFiles: ["./tests/setup-msw.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});
