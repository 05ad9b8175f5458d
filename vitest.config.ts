import path from "node:path";
import { defineConfig } from "vitest/config";

// graphql ships both ESM and CJS builds; Node loads the CJS one for packages like @graphql-tools,
// so tests must use it too or the two copies refuse each other's types.
const alias = [
  { find: /^graphql$/, replacement: path.resolve(import.meta.dirname, "node_modules/graphql/index.js") },
  { find: "@", replacement: path.resolve(import.meta.dirname) },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/integration/global-setup.ts"],
          setupFiles: ["test/integration/setup-env.ts"],
          // One embedded PostgreSQL serves every file; files run one after another so each can
          // reset the tables it uses without racing the others.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
