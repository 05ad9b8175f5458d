import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Import patterns that reach into a top-level folder, through the alias or a relative path. */
const layer = (folder) => [`@/${folder}`, `@/${folder}/*`, `**/${folder}`, `**/${folder}/*`];

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
  // Layers, bottom up: core/ (pure code: metrics, statistics, splits, presets, warning types) is
  // imported by both wings and imports neither; server/ never imports worker/ (the worker may use
  // the server's database and storage code); app/ talks GraphQL. Relative paths are refused too,
  // so "../../worker/x" cannot slip past the "@/" alias.
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: [...layer("server"), ...layer("worker"), ...layer("app")], message: "core/ is the floor: it imports neither server/ nor worker/ (nor app/)." },
        { group: ["@prisma/*", "@tensorflow/*", "node:*", "fs", "fs/*", "child_process", "os", "sharp", "pg", "pg-boss", "zod", "next", "next/*", "react"], message: "core/ stays pure: no database, tfjs, I/O or framework code." },
      ] }],
    },
  },
  {
    files: ["server/**/*.ts", "server/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: layer("worker"), message: "server/ never imports worker/; move shared pure code to core/." },
      ] }],
    },
  },
  {
    // Resolvers are thin: parse, check, call one service. Prisma access lives in the services.
    files: ["server/resolvers/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "MemberExpression[object.name='db']", message: "Resolvers do not query Prisma; call a service in server/services/." },
        { selector: "MemberExpression[object.type='MemberExpression'][object.property.name='db']", message: "Resolvers do not query Prisma; call a service in server/services/." },
      ],
    },
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
        { group: layer("worker"), message: "app/ never imports worker/; shared pure code lives in core/." },
      ] }],
    },
  },
);
