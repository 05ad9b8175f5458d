import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatError } from "@/server/graphql/apollo-server";
import { createInternalErrorLogger, DATABASE_DOWN_LOG_INTERVAL_MS, isDatabaseUnreachable } from "@/server/logging/log-internal-error";
import { createLogger, replaceRootLogger } from "@/server/logging/logger";

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" });

/** A real pino logger writing into an array, one parsed JSON object per line. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("logging internal errors", () => {
  it("recognises a database that cannot be reached, through causes too", () => {
    expect(isDatabaseUnreachable(refused())).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: refused() }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnreachable(new TypeError("undefined is not a function"))).toBe(false);
  });

  it("logs a dead database once per interval with a count, and other errors every time, as structured lines", async () => {
    let now = 0;
    const { logger, lines } = capturedLogger();
    const log = createInternalErrorLogger({ now: () => now, log: () => logger });
    for (let i = 0; i < 500; i++) log("graphql", refused());
    await flush();
    expect(lines).toHaveLength(1);
    now = DATABASE_DOWN_LOG_INTERVAL_MS;
    log("graphql", refused());
    await flush();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: "error", where: "graphql", suppressed: 499, msg: expect.stringMatching(/unreachable \(499 more failures/) });
    log("graphql", new TypeError("bug"));
    log("graphql", new TypeError("bug"));
    await flush();
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ level: "error", msg: "internal error", err: { type: "TypeError", message: "bug", stack: expect.stringContaining("TypeError: bug") } });
  });

  it("keeps GraphQL's answer masked while the database is down, without a line per request", async () => {
    const { logger, lines } = capturedLogger();
    const restore = replaceRootLogger(logger);
    try {
      for (let i = 0; i < 50; i++) {
        const answer = formatError({ message: "boom", extensions: {} }, refused());
        expect(answer).toEqual({ message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
      }
      await flush();
      expect(lines.length).toBeLessThanOrEqual(1);
    } finally {
      restore();
    }
  });
});
