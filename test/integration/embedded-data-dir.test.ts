// A first `npm start` as root in a folder the `postgres` system user cannot enter (a clone under
// /root, a private temporary folder) used to die in initdb with EACCES and an unhandled 'error'
// event. Now the embedded data goes where that user can reach it, and the database starts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { canReach, postgresUser } from "@/server/db/postgres-user";

// mkdtemp makes the folder 0700, owned by us: like /root, closed to every other user.
const privateRoot = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-private-"));
process.env.PROVENANCE_DATA_DIR = path.join(privateRoot, "data");
const { DATA_DIR, embeddedDataDir } = await import("../../scripts/lib/product-database");

afterAll(() => fs.rmSync(privateRoot, { recursive: true, force: true }));

describe("where the embedded database keeps its data", () => {
  // These machines (developers' and CI's) run as root, where PostgreSQL runs as `postgres`.
  it("moves out of a folder the postgres user cannot enter, and starts there", async () => {
    const user = await postgresUser();
    expect(user, "this drill needs root, as on the project's machines").not.toBeNull();
    expect(canReach(user, DATA_DIR)).toBe(false);
    const dir = await embeddedDataDir();
    expect(dir).toMatch(/^\/var\/lib\/provenance-lab\/[0-9a-f]{12}\/postgres$/);
    const db = await startEmbeddedPostgres({ dataDir: dir, persistent: false, database: "private_start" });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await db.stop();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  it("judges folders the postgres user can pass through as reachable", async () => {
    expect(canReach(await postgresUser(), path.join(os.tmpdir(), "not-yet-made", "postgres"))).toBe(true);
  });
});
