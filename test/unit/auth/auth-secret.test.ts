import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { requireAuthSecret } from "@/server/auth/auth-secret";
import { hasRole } from "@/server/auth/roles";

describe("AUTH_SECRET", () => {
  it("has no default in production", () => {
    expect(() => requireAuthSecret({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => requireAuthSecret({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/shorter than 32/);
  });

  it("refuses a long but guessable secret in production", () => {
    for (const weak of ["changeme".repeat(4), "a".repeat(64), "passwordpasswordpasswordpassword1", "abababababababababababababababab"]) {
      expect(() => requireAuthSecret({ NODE_ENV: "production", AUTH_SECRET: weak })).toThrow(/too predictable/);
    }
  });

  it("accepts generated secrets (openssl rand -base64 33, -hex 32)", () => {
    for (let i = 0; i < 20; i++) {
      for (const secret of [randomBytes(33).toString("base64"), randomBytes(32).toString("hex")]) {
        expect(requireAuthSecret({ NODE_ENV: "production", AUTH_SECRET: secret })).toBe(secret);
      }
    }
  });

  it("uses the configured secret", () => {
    const secret = "Zr8v3PqL0x9WmT2kYb6Hn4Jc7Ds1Fg5Ae0Ui";
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
