import { defineConfig } from "vitest/config";

// Real app processes on a shared database: several instances at once, SIGKILL in the middle of a burst.
export default defineConfig({
  test: {
    include: ["tests/processes/**/*.process.test.ts"],
    environment: "node",
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
