import fs from "node:fs";
import { clearE2eState, e2eState } from "./helpers/e2e-state";

export default async function globalTeardown() {
  const state = e2eState();
  for (const pid of state.pids) {
    try {
      process.kill(-pid, "SIGTERM"); // the whole process group: next start and its workers
    } catch {
      // already gone
    }
  }
  const stop = (globalThis as { stopE2eDatabase?: () => Promise<void> }).stopE2eDatabase;
  if (stop) await stop();
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
  clearE2eState();
}
