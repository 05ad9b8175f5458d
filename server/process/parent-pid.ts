import fs from "node:fs";

/** A process's parent pid from /proc, or null when it is gone or unreadable. */
export function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: pid (comm) state ppid ...; comm may hold spaces, so split after ")".
    return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(")").at(-1)!.trim().split(" ")[1]);
  } catch {
    return null;
  }
}
