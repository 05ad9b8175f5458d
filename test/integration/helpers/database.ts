// Integration tests share one database: each file resets it once before it starts, then seeds
// what each test needs (scenarios). Real SQL, no mocks.
import { createPrismaClient, type Db } from "@/server/db/client";
import { hashPassword } from "@/server/auth/password";
import type { Role } from "@/server/auth/roles";

let shared: Db | null = null;

export function testDb(): Db {
  shared ??= createPrismaClient(process.env.DATABASE_URL);
  return shared;
}

/** Empties every application table (pg-boss's own schema is left alone but its jobs are cleared). */
export async function resetDatabase(db: Db = testDb()): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
  const boss = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`;
  if (boss[0]?.exists) await db.$executeRawUnsafe(`DELETE FROM pgboss.job`);
}

let passwordHash: Promise<string> | null = null;

export async function createTestUser(db: Db, role: Role, overrides: { email?: string; name?: string; active?: boolean } = {}) {
  passwordHash ??= hashPassword("correct horse battery");
  const suffix = Math.random().toString(36).slice(2, 8);
  return db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${suffix}@test.local`,
      name: overrides.name ?? `${role.toLowerCase()} ${suffix}`,
      role,
      active: overrides.active ?? true,
      passwordHash: await passwordHash,
    },
  });
}

export const TEST_PASSWORD = "correct horse battery";
