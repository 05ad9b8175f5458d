// Prisma's queries reach PostgreSQL as named prepared statements (server/db/prepared-statements.ts),
// parsed once per connection; DATABASE_PREPARED_STATEMENTS=false sends them unnamed, for poolers
// in transaction mode. Checked in PostgreSQL's own catalog, on the connection that ran the query.
import { afterEach, describe, expect, it } from "vitest";
import { reloadConfig } from "@/server/config";
import { createPrismaClient, type Db } from "@/server/db/client";
import { createTestUser, testDb } from "./helpers/database";

/** Runs a Prisma query twice on one connection, then lists that connection's prepared statements. */
async function preparedAfterQueries(db: Db, userId: string) {
  return db.$transaction(async (tx) => {
    for (let i = 0; i < 2; i++) expect((await tx.user.findUnique({ where: { id: userId } }))?.id).toBe(userId);
    const rows = await tx.$queryRaw<{ name: string; statement: string }[]>`
      SELECT name, statement FROM pg_prepared_statements WHERE name LIKE ${"prisma\\_%"}`;
    return rows.filter((row) => row.statement.includes(`"User"`));
  });
}

afterEach(() => {
  delete process.env.DATABASE_PREPARED_STATEMENTS;
  reloadConfig();
});

describe("prepared statements", () => {
  it("names a parameterised query once per connection, and reuses it", async () => {
    const user = await createTestUser(testDb(), "ANNOTATOR");
    const db = createPrismaClient(process.env.DATABASE_URL);
    try {
      const prepared = await preparedAfterQueries(db, user.id);
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^prisma_[\w-]{27}$/);
    } finally {
      await db.$disconnect();
    }
  });

  it("sends queries unnamed with DATABASE_PREPARED_STATEMENTS=false", async () => {
    process.env.DATABASE_PREPARED_STATEMENTS = "false";
    reloadConfig();
    const user = await createTestUser(testDb(), "ANNOTATOR");
    const db = createPrismaClient(process.env.DATABASE_URL);
    try {
      expect(await preparedAfterQueries(db, user.id)).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
