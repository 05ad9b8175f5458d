// Whether `prisma migrate deploy` has anything to do, answered by one query against
// _prisma_migrations instead of by starting Prisma's schema engine, which takes about 16 s on
// these machines: most of a command's start-up when the database is already up to date.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../../server/db/migrate-database";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export type LocalMigration = { name: string; checksum: string };

/** The checkout's migrations, oldest first, with the checksum Prisma records (SHA-256 of migration.sql). */
export function listLocalMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => ({
      name: entry.name,
      checksum: createHash("sha256").update(fs.readFileSync(path.join(dir, entry.name, "migration.sql"))).digest("hex"),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const UNDEFINED_TABLE = "42P01";

/**
 * Names of the checkout's migrations the database has not applied as they are: never applied,
 * failed (not finished), rolled back, or applied from a different migration.sql. Any of these
 * sends the caller to `prisma migrate deploy`, which applies or reports them as it always has.
 */
export async function listPendingMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const local = listLocalMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => `${row.migration_name}\0${row.checksum}`));
    return local.filter((migration) => !applied.has(`${migration.name}\0${migration.checksum}`)).map((migration) => migration.name);
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return local.map((migration) => migration.name);
    throw error;
  } finally {
    await client.end();
  }
}

/** Runs `prisma migrate deploy` (or `migrate`) only when a migration is pending; returns the pending names. */
export async function migrateIfPending(
  databaseUrl: string,
  { quiet = false, dir = MIGRATIONS_DIR, migrate = migrateDatabase }: { quiet?: boolean; dir?: string; migrate?: typeof migrateDatabase } = {},
): Promise<string[]> {
  const pending = await listPendingMigrations(databaseUrl, dir);
  if (pending.length > 0) await migrate(databaseUrl, { quiet });
  return pending;
}
