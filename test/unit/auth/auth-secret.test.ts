import { describe, expect, it } from "vitest";
import { requireAuthSecret } from "@/server/auth/auth-secret";
import { hasRole } from "@/server/auth/roles";

describe("AUTH_SECRET", () => {
  it("has no default in production", () => {
    expect(() => requireAuthSecret({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => requireAuthSecret({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/shorter than 32/);
  });

  it("uses the configured secret", () => {
    const secret = "x".repeat(40);
    expect(requireAuthSecret({ NODE_ENV: "production", AUTH_SECRET: secret })).toBe(secret);
  });

  it("gives development a random per-process secret, never a fixed one", () => {
    const first = requireAuthSecret({ NODE_ENV: "development" });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(requireAuthSecret({ NODE_ENV: "test" })).toBe(first);
  });
});

describe("role ranking", () => {
  it("lets each role do what the roles below it can", () => {
    expect(hasRole("ADMIN", "MANAGER")).toBe(true);
    expect(hasRole("MANAGER", "REVIEWER")).toBe(true);
    expect(hasRole("REVIEWER", "MANAGER")).toBe(false);
    expect(hasRole("ANNOTATOR", "REVIEWER")).toBe(false);
    expect(hasRole(null, "ANNOTATOR")).toBe(false);
  });
});
