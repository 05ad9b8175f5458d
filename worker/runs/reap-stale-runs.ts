// A worker killed mid-run (SIGKILL, power loss) cannot mark its run failed. Any worker that sees a
// RUNNING run whose heartbeat stopped marks it FAILED, so no run shows "running" forever. Runs are
// not retried automatically: a half-trained model's figures would mix two attempts.
import type { Db } from "@/server/db/client";
import { HEARTBEAT_MS } from "./run-tracker";

export const STALE_AFTER_MS = 6 * HEARTBEAT_MS;

export async function reapStaleRuns(db: Db, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await db.trainingRun.findMany({
    where: { status: "RUNNING", OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }] },
    select: { id: true, heartbeatAt: true, workerId: true },
  });
  for (const run of stale) {
    await db.trainingRun.updateMany({
      where: { id: run.id, status: "RUNNING" },
      data: {
        status: "FAILED",
        phase: "failed",
        finishedAt: now,
        error: `The worker ${run.workerId ?? ""} stopped responding (last heartbeat ${run.heartbeatAt?.toISOString() ?? "never"}); start a new run.`,
      },
    });
  }
  return stale.map((run) => run.id);
}
