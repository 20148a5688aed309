// Import boundaries of docs/architecture.md, checked by `pnpm lint`.
import { featureImportsRule } from "./featureImports.js";

const bothSides = ["@review/server", "@review/server/*", "@review/client", "@review/client/*", "**/server/src/**", "**/client/src/**"];

export const boundaryConfigs = [
  {
    // shared/ is used by the server and the browser: it imports neither, nor what runs only on one side.
    files: ["shared/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: bothSides, message: "shared/ imports neither the server nor the client." },
            { group: ["react", "react-*", "hono", "hono/*", "pg", "@electric-sql/*", "@oslojs/*", "nodemailer", "node:*", "@tiptap/*"], message: "shared/ runs on both sides: no server- or browser-only packages." },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@review/server", "@review/server/*", "**/server/src/**"], message: "The client talks to the server over HTTP and WebSockets only." },
            { group: ["hono", "hono/*", "pg", "@electric-sql/*", "@oslojs/*", "nodemailer", "node:*"], message: "Server-only package in the client." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/**/*.ts"],
    ignores: ["server/src/auth/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@review/client", "@review/client/*", "**/client/src/**", "react", "react-*"], message: "The server does not import the client." },
            { group: ["@oslojs/*"], message: "Sessions and tokens stay inside server/src/auth: import from there." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/auth/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@review/client", "@review/client/*", "**/client/src/**", "react"], message: "The server does not import the client." }] }],
    },
  },
  {
    // Features meet only at their public entries (features/<name>/index.ts); the shared layers import no feature.
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { boundaries: { rules: { "feature-imports": featureImportsRule } } },
    rules: { "boundaries/feature-imports": "error" },
  },
];
