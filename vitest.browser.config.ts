import { defineConfig } from "vitest/config";

// Real Chromium (Debian's /usr/bin/chromium via playwright-core) against the offline demo:
// the storefront bubble, the signed app proxy stand-in, the Remix app and its Polaris admin pages.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.browser.test.ts"],
    environment: "node",
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
