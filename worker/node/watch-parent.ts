// A supervised process (started by `npm start`, which sets PROVENANCE_SUPERVISOR_PID) must not
// outlive its supervisor: if the supervisor is killed outright it cannot stop its children, so
// each child notices that its parent changed and stops itself.
import { getConfig } from "@/server/config";

const CHECK_EVERY_MS = 1000;

export function watchParent(onGone: () => void, supervisorPid = getConfig().PROVENANCE_SUPERVISOR_PID ?? NaN): void {
  if (!Number.isInteger(supervisorPid) || supervisorPid <= 0) return;
  const timer = setInterval(() => {
    if (process.ppid !== supervisorPid) {
      clearInterval(timer);
      onGone();
    }
  }, CHECK_EVERY_MS);
  timer.unref();
}
