// GET /api/health answers for the database and the live workers, and says 503 when the database
// does not answer.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { checkHealth } from "@/server/http/check-health";
import { announceWorker } from "@/worker/node/worker-presence";
import { resetDatabase, testDb } from "./helpers/database";

describe("GET /api/health", () => {
  it("reports the database and the live workers", async () => {
    await resetDatabase();
    const before = await (await checkHealth(testDb())).json();
    expect(before).toMatchObject({ status: "ok", database: { ok: true }, workers: { live: 0, training: 0 } });
    const presence = await announceWorker(testDb(), "health-test:1", { backend: "wasm", threads: 2, notes: "" });
    presence.setCurrentRun("some-run");
    const response = await checkHealth(testDb());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ workers: { live: 1 } });
    await presence.stop();
    expect((await (await checkHealth(testDb())).json()).workers.live).toBe(0);
  });

  it("answers 503 when the database is unreachable", async () => {
    const nowhere = createPrismaClient("postgresql://nobody:none@127.0.0.1:9/none");
    try {
      const response = await checkHealth(nowhere);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: { ok: false }, workers: null });
    } finally {
      await nowhere.$disconnect();
    }
  });
});
