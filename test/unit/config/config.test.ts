import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENTED_VARIABLES, parseConfig, productionProblems } from "@/server/config";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("parseConfig", () => {
  it("gives every default when nothing is set, an empty value counting as unset", () => {
    const config = parseConfig({ IMAGE_MAX_BYTES: "", STORAGE_DRIVER: "" });
    expect(config).toMatchObject({
      NODE_ENV: "development",
      production: false,
      DATABASE_POOL_SIZE: 10,
      TRUSTED_PROXY_COUNT: 0,
      GRAPHQL_MAX_BODY_BYTES: 1_048_576,
      STORAGE_DRIVER: "local",
      STORAGE_DIR: "./.data/storage",
      IMAGE_MAX_BYTES: 41_943_040,
      LOG_LEVEL: "info",
      SEED_DEMO: true,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("coerces what it reads", () => {
    const config = parseConfig({ NODE_ENV: "production", DATABASE_POOL_SIZE: "25", SEED_DEMO: "false", STORAGE_DRIVER: " Local ", TFJS_WASM_THREADS: "2" });
    expect(config).toMatchObject({ production: true, DATABASE_POOL_SIZE: 25, SEED_DEMO: false, STORAGE_DRIVER: "local", TFJS_WASM_THREADS: 2 });
  });

  it("lists every bad variable at once, by name, without their values", () => {
    const secret = "s3cr3t-value-that-must-not-leak";
    const attempt = () =>
      parseConfig({
        DATABASE_URL: "mysql://x",
        DATABASE_POOL_SIZE: "ten",
        TRUSTED_PROXY_COUNT: "-1",
        LOG_LEVEL: "chatty",
        STORAGE_DRIVER: "s3",
        S3_SECRET_ACCESS_KEY: secret,
        TFJS_WASM_THREADS: "12",
      });
    expect(attempt).toThrow(expect.objectContaining({ name: "AppError", code: "config/invalid" }));
    const message = (() => {
      try {
        attempt();
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of [
      "DATABASE_URL",
      "DATABASE_POOL_SIZE",
      "TRUSTED_PROXY_COUNT",
      "LOG_LEVEL",
      "S3_BUCKET",
      "S3_REGION",
      "S3_ACCESS_KEY_ID",
      "TFJS_WASM_THREADS",
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain(secret);
  });

  it("requires DATABASE_URL of a production server only", () => {
    expect(productionProblems(parseConfig({ NODE_ENV: "production" }))).toEqual([expect.stringMatching(/DATABASE_URL is required in production/)]);
    expect(productionProblems(parseConfig({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@db/p" }))).toEqual([]);
    expect(productionProblems(parseConfig({}))).toEqual([]);
  });
});

describe(".env.example", () => {
  // Every variable an operator may set is documented there, and nothing else is.
  it("documents exactly the variables server/config.ts reads", () => {
    const text = fs.readFileSync(path.join(ROOT, ".env.example"), "utf8");
    const documented = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...DOCUMENTED_VARIABLES].sort());
  });
});
