import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**", ".next/**", ".next-*/**", ".data/**", ".test-data/**", "server/db/generated/**",
      "**/generated.ts", "**/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // Configuration is read once, in server/config.ts (children get theirs from child-env.ts), so
    // every variable has one rule and a bad one stops the start instead of a request.
    files: ["server/**/*.ts", "worker/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "core/**/*.ts"],
    ignores: ["server/config.ts", "server/process/child-env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through getConfig() from server/config.ts." }],
    },
  },
  {
    // The app talks GraphQL; only the server reaches the database.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/server/db/*", "@/server/services/*", "@prisma/*"], message: "app/ talks GraphQL; it never imports Prisma or services." },
      ] }],
    },
  },
);
