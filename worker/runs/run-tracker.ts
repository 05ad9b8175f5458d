// The worker's side of a run's row: progress, heartbeat and the cancel flag. The heartbeat lets
// any worker tell a live run from one whose worker was killed (reap-stale-runs.ts).
import type { Db } from "@/server/db/client";

export const HEARTBEAT_MS = 10_000;

export type RunTracker = {
  update: (fields: { phase?: string; progress?: number; message?: string | null; backend?: string }) => Promise<void>;
  /** Progress from a hot loop (every batch, every image): written at most once a second. */
  progress: (share: number) => Promise<void>;
  /** Whether a manager asked the run to stop. */
  cancelRequested: () => Promise<boolean>;
  stop: () => void;
};

/**
 * Under a worker, the worker's main process also writes the heartbeat (worker/trainer), since this
 * timer stops while a batch runs; this one keeps runs trained in-process (`npm run train`) alive.
 */
export function trackRun(db: Db, runId: string, workerId: string): RunTracker {
  let lastCheck = 0;
  let lastProgress = 0;
  let cancelled = false;
  const beat = () => db.trainingRun.update({ where: { id: runId }, data: { heartbeatAt: new Date(), workerId } }).catch(() => {});
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  return {
    async update(fields) {
      await db.trainingRun.update({ where: { id: runId }, data: { ...fields, heartbeatAt: new Date() } });
    },
    async progress(share) {
      if (Date.now() - lastProgress < 1000) return;
      lastProgress = Date.now();
      // Best effort: a missed progress write must not fail the training it reports on.
      await db.trainingRun.update({ where: { id: runId }, data: { progress: share, heartbeatAt: new Date() } }).catch(() => {});
    },
    async cancelRequested() {
      // Asked per batch, but read from the database at most once a second.
      if (cancelled || Date.now() - lastCheck < 1000) return cancelled;
      lastCheck = Date.now();
      const run = await db.trainingRun.findUnique({ where: { id: runId }, select: { cancelRequested: true } });
      cancelled = run?.cancelRequested ?? false;
      return cancelled;
    },
    stop: () => clearInterval(timer),
  };
}
