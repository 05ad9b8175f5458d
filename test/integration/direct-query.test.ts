// queryRows (server/db/direct-query.ts) runs the per-label statements on the pool past Prisma's
// engine, and directTransaction (server/db/direct-transaction.ts) the submit's transaction.
// Callers were written against $queryRaw, so rows must be $queryRaw's, type for type; a
// transaction client must keep a statement inside its transaction; and a failed transaction must
// leave nothing behind, not even a connection taken from the pool.
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/server/db/direct-query";
import { directTransaction } from "@/server/db/direct-transaction";
import { getConfig } from "@/server/config";
import { Prisma } from "@/server/db/generated/client";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();
let projectId: string;
let paintingIds: string[];

beforeAll(async () => {
  await resetDatabase();
  const project = await labelingProject(db);
  projectId = project.id;
  paintingIds = await seedPaintings(db, projectId, 3);
  await db.painting.update({ where: { id: paintingIds[0] }, data: { fileFeatures: { exif: { make: "Canon" }, sizes: [1, 2.5] }, approvedAt: new Date("2026-03-04T05:06:07.089Z") } });
});

describe("queryRows", () => {
  it("returns what $queryRaw returns: timestamps, int8, json, enums, floats, arrays and nulls", async () => {
    const statement = Prisma.sql`
      SELECT p.*, p."status" AS "statusEnum", count(*) OVER () AS "total", array_agg(p."createdAt") OVER () AS "created",
             ARRAY[1, 2]::int8[] AS "bigList", ARRAY['a', NULL]::text[] AS "texts", ${new Date("2026-01-02T03:04:05.678Z")}::timestamp(3) AS "param",
             '2026-01-02 03:04:05.678+02'::timestamptz AS "withZone", NULL::int AS "nothing"
      FROM "Painting" p WHERE p."projectId" = ${projectId} ORDER BY p."id"`;
    const direct = await queryRows<Record<string, unknown>>(db, statement);
    expect(direct).toEqual(await db.$queryRaw<Record<string, unknown>[]>(statement));
    expect(direct).toHaveLength(3);
    const first = direct.find((row) => row.id === paintingIds[0])!;
    expect(first.approvedAt).toEqual(new Date("2026-03-04T05:06:07.089Z"));
    expect(first.param).toEqual(new Date("2026-01-02T03:04:05.678Z"));
    expect(first.total).toBe(3n);
    expect(first.fileFeatures).toEqual({ exif: { make: "Canon" }, sizes: [1, 2.5] });
    expect(typeof first.queueKey).toBe("number");
  });

  it("reads a row Prisma wrote back as Prisma reads it", async () => {
    const [row] = await queryRows<Record<string, unknown>>(db, Prisma.sql`SELECT * FROM "Painting" WHERE "id" = ${paintingIds[0]}`);
    expect(row).toEqual(await db.painting.findUniqueOrThrow({ where: { id: paintingIds[0] } }));
  });

  it("runs inside the transaction it is given", async () => {
    const user = await createTestUser(db, "ANNOTATOR");
    const seen = await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "inside the transaction" } });
      const [inside] = await queryRows<{ name: string }>(tx, Prisma.sql`SELECT "name" FROM "User" WHERE "id" = ${user.id}`);
      const [outside] = await queryRows<{ name: string }>(db, Prisma.sql`SELECT "name" FROM "User" WHERE "id" = ${user.id}`);
      return { inside: inside!.name, outside: outside!.name };
    });
    expect(seen).toEqual({ inside: "inside the transaction", outside: user.name });
  });

  it("fails with PostgreSQL's error for bad SQL", async () => {
    await expect(queryRows(db, Prisma.sql`SELECT "nope" FROM "Painting"`)).rejects.toThrow(/column "nope" does not exist/);
  });
});

describe("directTransaction", () => {
  const nameOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).name;

  it("commits when the work resolves, with Prisma-like rows and the transaction's time limits", async () => {
    const user = await createTestUser(db, "ANNOTATOR");
    const inside = await directTransaction(db, async (tx) => {
      await tx.$executeRaw`UPDATE "User" SET "name" = ${"committed"} WHERE "id" = ${user.id}`;
      const [row] = await tx.$queryRaw<{ createdAt: Date; timeout: string }[]>`
        SELECT "createdAt", current_setting('statement_timeout') AS "timeout" FROM "User" WHERE "id" = ${user.id}`;
      return row!;
    });
    expect(await nameOf(user.id)).toBe("committed");
    expect(inside.createdAt).toEqual(user.createdAt);
    expect(inside.timeout).toBe("20s");
  });

  it("rolls back when the work throws, and gives every connection back to the pool", async () => {
    const user = await createTestUser(db, "ANNOTATOR");
    // More failures than the pool has connections: a connection kept after a failure would make
    // the last ones wait for good.
    for (let i = 0; i <= getConfig().DATABASE_POOL_SIZE; i++) {
      await expect(directTransaction(db, async (tx) => {
        await tx.$executeRaw`UPDATE "User" SET "name" = ${"rolled back"} WHERE "id" = ${user.id}`;
        throw new Error("refused on purpose");
      })).rejects.toThrow("refused on purpose");
    }
    expect(await nameOf(user.id)).toBe(user.name);
    // A statement PostgreSQL refuses aborts the transaction the same way.
    await expect(directTransaction(db, (tx) => tx.$queryRaw`SELECT "nope" FROM "User"`)).rejects.toThrow(/column "nope" does not exist/);
    expect(await directTransaction(db, (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1::int AS "one"`)).toEqual([{ one: 1 }]);
  });
});
