// The database the product runs on: the server DATABASE_URL names, or else an embedded
// PostgreSQL whose data lives in ./.data/postgres and survives restarts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isAlive, runningEmbeddedPostgres, runningEmbeddedPostgresUrl, startEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { canReach, postgresUser } from "../../server/db/postgres-user";
import { parentPid } from "../../server/process/parent-pid";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Local state of `npm start`: the embedded database, the instance pid file, the local auth secret. */
export const DATA_DIR = process.env.PROVENANCE_DATA_DIR ? path.resolve(process.env.PROVENANCE_DATA_DIR) : path.join(ROOT, ".data");

export type ProductDatabase = {
  url: string;
  embedded: boolean;
  /** An embedded server that was already running on this data folder (`npm start`), shared as it is. */
  reused: boolean;
  /** Where the embedded server keeps its data; null for DATABASE_URL. */
  dataDir: string | null;
  /** Resolves if a database we started exits without being stopped. */
  died: Promise<{ code: number | null; signal: string | null }> | null;
  stop: () => Promise<void>;
};

export async function openProductDatabase(log: (line: string) => void = () => {}): Promise<ProductDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, reused: false, dataDir: null, died: null, stop: async () => {} };
  }
  // The embedded server is a convenience for development; production names its own server.
  if (process.env.NODE_ENV === "production") {
    throw new Error("DATABASE_URL is required when NODE_ENV=production (the embedded database is for development); set it in .env or the environment");
  }
  const dataDir = await embeddedDataDir();
  const running = runningEmbeddedPostgres(dataDir);
  if (running) {
    if (parentPid(running.pid) !== 1) return { url: runningEmbeddedPostgresUrl(dataDir)!, embedded: true, reused: true, dataDir, died: null, stop: async () => {} };
    // An orphan (its starter was killed outright on a machine without setpriv): stop it and own it.
    log(`stopping a database left running by an earlier start (pid ${running.pid})`);
    await stopOrphan(running.pid);
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const db = await startEmbeddedPostgres({ dataDir, port, persistent: true, log });
  return { url: db.url, embedded: true, reused: false, dataDir, died: db.died, stop: db.stop };
}

/**
 * ./.data/postgres, unless the checkout sits where the `postgres` system user (which the server
 * runs as when we are root) cannot enter, such as under /root: then a folder under /var/lib named
 * after the data folder, so a first start works there too instead of failing in initdb.
 */
export async function embeddedDataDir(): Promise<string> {
  const preferred = path.join(DATA_DIR, "postgres");
  // Checked first: looking up the postgres user spawns `id` twice, slow on a loaded machine.
  if (fs.existsSync(path.join(preferred, "PG_VERSION"))) return preferred;
  const user = await postgresUser();
  if (canReach(user, DATA_DIR)) return preferred;
  // Named after the data folder it stands in for, so two checkouts (or data folders) never share one.
  const fallback = path.join("/var/lib/provenance-lab", crypto.createHash("sha256").update(DATA_DIR).digest("hex").slice(0, 12), "postgres");
  fs.mkdirSync(path.dirname(fallback), { recursive: true });
  if (user) fs.chownSync(path.dirname(fallback), user.uid, user.gid);
  if (!canReach(user, path.dirname(fallback))) {
    throw new Error(`the postgres system user cannot reach ${DATA_DIR} nor ${fallback}; set DATABASE_URL to a server of your own`);
  }
  return fallback;
}

async function stopOrphan(pid: number) {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) throw new Error(`the database left running (pid ${pid}) did not stop; stop it and start again`);
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
