// One `npm start` per checkout. Its pid file names the supervisor and its children, so a second
// start says what is already running instead of failing on a port, and a start after a supervisor
// that was killed outright (SIGKILL) stops whatever it left behind before starting anew.
import fs from "node:fs";
import path from "node:path";
import { isAlive } from "../../server/db/embedded-postgres";

type LockFile = { pid: number; port: string; startedAt: string; children: Record<string, number | undefined> };

export class AlreadyRunningError extends Error {}

export type InstanceLock = { record: (children: Record<string, number | undefined>) => void; release: () => void };

export async function acquireInstanceLock(file: string, { port, log }: { port: string; log: (line: string) => void }): Promise<InstanceLock> {
  const previous = readLock(file);
  if (previous && previous.pid !== process.pid && isAlive(previous.pid) && commandLineOf(previous.pid).includes("start")) {
    throw new AlreadyRunningError(
      `Provenance Lab is already running from this folder (pid ${previous.pid}, http://localhost:${previous.port}, since ${previous.startedAt}). ` +
        `Stop it first (Ctrl-C in its terminal, or kill ${previous.pid}).`,
    );
  }
  if (previous) await stopLeftovers(previous, log);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lock: LockFile = { pid: process.pid, port, startedAt: new Date().toISOString(), children: {} };
  const write = () => fs.writeFileSync(file, JSON.stringify(lock, null, 2));
  write();
  return {
    record: (children) => {
      lock.children = children;
      write();
    },
    release: () => {
      if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

/** What our children's command lines contain; a pid reused by anything else is left alone. */
const OUR_CHILDREN = /worker\/main\.ts|next\/dist\/bin\/next/;

async function stopLeftovers(previous: LockFile, log: (line: string) => void) {
  const alive = Object.entries(previous.children).filter(([, pid]) => pid && isAlive(pid) && OUR_CHILDREN.test(commandLineOf(pid)));
  for (const [name, pid] of alive) {
    log(`stopping the ${name} (pid ${pid}) left running by an earlier start that was killed`);
    process.kill(pid!, "SIGTERM");
  }
  const deadline = Date.now() + 10_000;
  while (alive.some(([, pid]) => isAlive(pid!)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const [, pid] of alive) if (isAlive(pid!)) process.kill(pid!, "SIGKILL");
}

function readLock(file: string): LockFile | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockFile;
  } catch {
    return null;
  }
}

/** The process's command line, or "" when it is gone or unreadable (pids get reused). */
export function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
