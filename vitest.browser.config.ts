import { defineConfig } from "vitest/config";

// Real Chromium (Debian's /usr/bin/chromium via playwright-core) against the offline demo:
// the storefront bubble, the signed app proxy stand-in, the Remix app and its Polaris admin pages.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.browser.test.ts"],
    environment: "node",
    pool: "forks",
    // One process per file, one file at a time: each file starts its own demo, and the Shopify packages read
    // process-wide settings (e.g. the App Bridge URL with the demo's port) once per process.
    fileParallelism: false,
    poolOptions: { forks: { singleFork: false, isolate: true } },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
