import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { handleRoute } from "@/server/http/handle-route";
import { createLogger, replaceRootLogger } from "@/server/logging/logger";
import { log, requestIdFrom } from "@/server/logging/request-context";

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, restore: replaceRootLogger(createLogger(stream, "info")) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const request = (headers: Record<string, string> = {}) => new Request("http://127.0.0.1/api/things/1", { headers });

describe("request ids", () => {
  it("keeps a well-formed incoming id and replaces anything else", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a:42" }))).toBe("lb-7f3a:42");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of ["two words", 'a"quote', "x".repeat(129), "é"]) expect(requestIdFrom(new Headers({ "x-request-id": bad }))).toMatch(uuid);
    expect(requestIdFrom(new Headers())).toMatch(uuid);
  });
});

describe("handleRoute", () => {
  it("echoes the request id and logs every line of the request with it", async () => {
    const { lines, restore } = captureLogs();
    try {
      const route = handleRoute(async () => {
        log().warn({ paintingId: "p1" }, "something worth a line");
        return Response.json({ ok: true });
      });
      const response = await route(request({ "x-request-id": "abc-123" }));
      await flush();
      expect(response.headers.get("x-request-id")).toBe("abc-123");
      expect(lines).toEqual([
        expect.objectContaining({ level: "warn", requestId: "abc-123", paintingId: "p1", msg: "something worth a line" }),
        expect.objectContaining({ level: "info", requestId: "abc-123", method: "GET", path: "/api/things/1", status: 200, msg: "request" }),
      ]);
    } finally {
      restore();
    }
  });

  it("answers a thrown AppError through the code table, and a bare error as a logged, masked 500", async () => {
    const { lines, restore } = captureLogs();
    try {
      const refused = await handleRoute(async () => {
        throw new AppError("run/not_found", "No training run with id r9.");
      })(request());
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({ error: { code: "run/not_found", message: "No training run with id r9." } });

      const crashed = await handleRoute(async () => {
        throw new Error('column "x" does not exist');
      })(request({ "x-request-id": "req-9" }));
      await flush();
      expect(crashed.status).toBe(500);
      expect(crashed.headers.get("x-request-id")).toBe("req-9");
      expect(await crashed.text()).not.toContain("column");
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: "error",
          requestId: "req-9",
          msg: "internal error",
          err: expect.objectContaining({ message: 'column "x" does not exist' }),
        }),
      );
    } finally {
      restore();
    }
  });

  it("adds the header to responses whose headers are immutable (redirects)", async () => {
    const { restore } = captureLogs();
    try {
      const response = await handleRoute(async () => Response.redirect("http://127.0.0.1/signin", 302))(request({ "x-request-id": "r-1" }));
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("http://127.0.0.1/signin");
      expect(response.headers.get("x-request-id")).toBe("r-1");
    } finally {
      restore();
    }
  });
});
