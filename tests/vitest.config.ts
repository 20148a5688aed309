import { defineConfig } from "vitest/config";

// Real servers, real databases and Chromium: generous deadlines. Each file starts its own
// server on a random port with a fresh PGlite directory or PostgreSQL database, so the API
// files (integration, security: mostly waiting on storage and sockets) run two at a time;
// then the browser and fault files (Chromium, SIGKILL loops, timed storms: CPU-bound on
// these 2-core machines) run one at a time, after the API group has finished.
const shared = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
  teardownTimeout: 30_000,
  environment: "node",
  exclude: ["**/node_modules/**", "bench/**", "artifacts/**"],
};

export default defineConfig({
  test: {
    // One migrated PGlite database that every PGlite test server starts from (support/pgliteTemplate.ts).
    globalSetup: ["support/globalSetup.ts"],
    projects: [
      {
        test: {
          ...shared,
          name: "api",
          include: ["integration/**/*.test.ts", "security/**/*.test.ts"],
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: "browser",
          include: ["e2e/**/*.test.ts"],
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...shared,
          name: "faults",
          include: ["chaos/**/*.test.ts", "fuzz/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
