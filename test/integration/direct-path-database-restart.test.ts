// Drill: the per-label statements use the pool directly (server/db/direct-query.ts and
// direct-transaction.ts). Stop the database under them, then start it again: while it is down a
// request fails at once, with an error the logs know as "database unreachable", instead of
// hanging; committed work survives and the failed transaction left nothing; once the database is
// back the same client serves again, without a restart of the app. The first run of this drill
// failed on an unhandled "terminating connection" error from the pool's idle connections (which
// would have taken the web server down): the pool had no listener until Prisma's engine connected.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { directTransaction } from "@/server/db/direct-transaction";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/server/db/embedded-postgres";
import { Prisma } from "@/server/db/generated/client";
import { isDatabaseUnreachable } from "@/server/logging/log-internal-error";

const dataDir = path.resolve(".test-data", `direct-restart-${process.pid}`);
let server: EmbeddedDatabase | null = null;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the direct path when the database stops and comes back", () => {
  it("fails fast while it is down and serves again once it is up", async () => {
    server = await startEmbeddedPostgres({ dataDir, persistent: true, database: "restart" });
    const { port } = server;
    const db = createPrismaClient(server.url);
    try {
      await queryRows(db, Prisma.sql`CREATE TABLE "Drill" ("label" text)`);
      await directTransaction(db, (tx) => tx.$executeRaw`INSERT INTO "Drill" VALUES (${"before the stop"})`);

      await server.stop();
      server = null;
      const started = performance.now();
      await expect(queryRows(db, Prisma.sql`SELECT 1`)).rejects.toSatisfy(isDatabaseUnreachable);
      await expect(directTransaction(db, (tx) => tx.$executeRaw`INSERT INTO "Drill" VALUES (${"while down"})`)).rejects.toSatisfy(isDatabaseUnreachable);
      expect(performance.now() - started).toBeLessThan(5_000);

      server = await startEmbeddedPostgres({ dataDir, port, persistent: true, database: "restart" });
      await directTransaction(db, (tx) => tx.$executeRaw`INSERT INTO "Drill" VALUES (${"after the restart"})`);
      const rows = await queryRows<{ label: string }>(db, Prisma.sql`SELECT "label" FROM "Drill" ORDER BY "label"`);
      expect(rows.map((row) => row.label)).toEqual(["after the restart", "before the stop"]);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
