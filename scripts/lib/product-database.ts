// The database the product runs on: the server DATABASE_URL names, or else an embedded
// PostgreSQL whose data lives in ./.data/postgres and survives restarts.
import path from "node:path";
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from "../../server/db/embedded-postgres";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");

export type ProductDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openProductDatabase(log: (line: string) => void = () => {}): Promise<ProductDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const running = runningEmbeddedPostgresUrl(path.join(DATA_DIR, "postgres"));
  if (running) return { url: running, embedded: true, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const db = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true, log });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Runs `work` with a database URL, starting and stopping the embedded server around it if needed. */
export async function withProductDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const db = await openProductDatabase();
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
