// The headers next.config.js sends with every page: a Content-Security-Policy that limits where
// scripts, styles, images and connections may come from, forbids framing, plugins and foreign
// form targets. (The e2e spec security-headers.spec.ts checks the app still works under it.)
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error next.config.js is plain JavaScript without a declaration file.
import config from "@/next.config.js";

const nextConfig = config as NextConfig;

async function pageHeaders(): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const all = rules.find((rule) => rule.source === "/:path*");
  return Object.fromEntries((all?.headers ?? []).map((header) => [header.key.toLowerCase(), header.value]));
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...values] = part.split(/\s+/);
    return [name!, values];
  }));
}

describe("Content-Security-Policy", () => {
  it("is sent on every path", async () => {
    expect((await pageHeaders())["content-security-policy"]).toBeTruthy();
  });

  it("allows only this origin for scripts, connections and the rest, with no eval in production", async () => {
    const policy = directives((await pageHeaders())["content-security-policy"]!);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toContain("'self'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    for (const sources of policy.values()) expect(sources).not.toContain("*");
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });
});
