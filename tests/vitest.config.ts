import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "bench/**", "artifacts/**"],
    // Real servers, real databases and Chromium: generous deadlines, one file at a time
    // (the machines have 2 cores and each file starts its own servers).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    teardownTimeout: 30_000,
    environment: "node",
  },
});
