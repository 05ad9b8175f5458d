// The one Prisma client of a process. Next.js dev reloads modules, so the client is kept on
// globalThis to avoid opening a new pool on every reload.
import { PrismaPg } from "@prisma/adapter-pg";
import { getConfig } from "@/server/config";
import { AppError } from "@/server/errors";
import { PrismaClient } from "./generated/client";
import { PreparingClient } from "./prepared-statements";

export type Db = PrismaClient;

const holder = globalThis as unknown as { provenancePrisma?: PrismaClient };

export function createPrismaClient(databaseUrl = requireDatabaseUrl()): PrismaClient {
  const prepared = getConfig().DATABASE_PREPARED_STATEMENTS;
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize(), ...(prepared ? { Client: PreparingClient } : {}) });
  return new PrismaClient({ adapter });
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
