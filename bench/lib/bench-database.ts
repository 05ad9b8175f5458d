// A throwaway embedded PostgreSQL (migrated) and blob storage in a temporary directory, so
// benchmarks measure the real import path without touching the product's data.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/server/db/client";
import { startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrateDatabase } from "@/server/db/migrate-database";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import type { BlobStorage } from "@/server/storage/storage";

export type BenchEnvironment = { db: Db; url: string; storage: BlobStorage; storageDir: string; close: () => Promise<void> };

export async function openBenchEnvironment(): Promise<BenchEnvironment> {
  // Inside the checkout like the tests' databases: when run as root, PostgreSQL runs as its own
  // user, which cannot enter a private directory under /tmp.
  const dir = path.resolve(import.meta.dirname, "..", "..", ".test-data", `bench-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  await migrateDatabase(pg.url, { quiet: true });
  const db = createPrismaClient(pg.url);
  const storageDir = path.join(dir, "storage");
  return {
    db,
    url: pg.url,
    storage: createLocalDiskStorage({ rootDir: storageDir }),
    storageDir,
    close: async () => {
      await db.$disconnect();
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
