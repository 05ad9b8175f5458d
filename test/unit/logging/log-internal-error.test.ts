import { describe, expect, it, vi } from "vitest";
import { formatError } from "@/server/graphql/apollo-server";
import { createInternalErrorLogger, DATABASE_DOWN_LOG_INTERVAL_MS, isDatabaseUnreachable } from "@/server/logging/log-internal-error";

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" });

describe("logging internal errors", () => {
  it("recognises a database that cannot be reached, through causes too", () => {
    expect(isDatabaseUnreachable(refused())).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: refused() }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnreachable(new TypeError("undefined is not a function"))).toBe(false);
  });

  it("logs a dead database once per interval with a count, and other errors every time", () => {
    let now = 0;
    const write = vi.fn();
    const log = createInternalErrorLogger({ now: () => now, write });
    for (let i = 0; i < 500; i++) log("graphql", refused());
    expect(write).toHaveBeenCalledTimes(1);
    now = DATABASE_DOWN_LOG_INTERVAL_MS;
    log("graphql", refused());
    expect(write).toHaveBeenCalledTimes(2);
    expect(String(write.mock.calls[1]![0])).toMatch(/unreachable \(499 more failures/);
    log("graphql", new TypeError("bug"));
    log("graphql", new TypeError("bug"));
    expect(write).toHaveBeenCalledTimes(4);
  });

  it("keeps GraphQL's answer masked while the database is down, without a stack per request", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (let i = 0; i < 50; i++) {
        const answer = formatError({ message: "boom", extensions: {} }, refused());
        expect(answer).toEqual({ message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
      }
      expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });
});
