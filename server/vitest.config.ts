import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    // PGlite's first start in a fresh directory runs initdb (several seconds on these machines).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
