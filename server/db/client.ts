// The one Prisma client of a process. Next.js dev reloads modules, so the client is kept on
// globalThis to avoid opening a new pool on every reload.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getConfig } from "@/server/config";
import { AppError } from "@/server/errors";
import { logInternalError } from "@/server/logging/log-internal-error";
import { PrismaClient } from "./generated/client";
import { attachDirectPool } from "./direct-query";
import { PreparingClient } from "./prepared-statements";
import { INTERACTIVE_TX } from "./transactions";

export type Db = PrismaClient;

const holder = globalThis as unknown as { provenancePrisma?: PrismaClient };

export function createPrismaClient(databaseUrl = requireDatabaseUrl()): PrismaClient {
  const prepared = getConfig().DATABASE_PREPARED_STATEMENTS;
  // The pool is ours so that the per-label statements can use it past Prisma's engine
  // (direct-query.ts); Prisma's $disconnect still ends it.
  const pool = new pg.Pool({
    connectionString: databaseUrl, max: poolSize(), connectionTimeoutMillis: INTERACTIVE_TX.maxWait, ...(prepared ? { Client: PreparingClient } : {}),
  });
  // When the server closes an idle connection (a restart, a crash), the pool emits "error", and an
  // emitter without a listener throws: the whole process would go down. Prisma's adapter listens
  // only once its engine has connected, so the pool gets its own listener from the start.
  pool.on("error", (error) => logInternalError("database pool, idle connection", error));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  attachDirectPool(db, pool);
  return db;
}

export function getPrisma(): PrismaClient {
  holder.provenancePrisma ??= createPrismaClient();
  return holder.provenancePrisma;
}

function requireDatabaseUrl(): string {
  const url = getConfig().DATABASE_URL;
  if (!url) throw new AppError("config/invalid", "DATABASE_URL is not set; start the product with `npm start`, which provides one");
  return url;
}

function poolSize(): number {
  return getConfig().DATABASE_POOL_SIZE;
}
