// A worker killed mid-run (SIGKILL, power loss) cannot mark its run failed. Any worker that sees a
// RUNNING run whose heartbeat stopped marks it FAILED, so no run shows "running" forever, and
// fails its queue job too, so pg-boss does not hold it active until expiry (23 h). Runs are not
// retried automatically: a half-trained model's figures would mix two attempts. The heartbeat is
// written by the worker's main process, never by the busy trainer, so a live run never looks dead.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { QUEUES } from "@/server/queue/job-queue";
import { HEARTBEAT_MS } from "./run-tracker";

export const STALE_AFTER_MS = 6 * HEARTBEAT_MS;

export async function reapStaleRuns(db: Db, now = new Date(), boss?: PgBoss): Promise<string[]> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await db.trainingRun.findMany({
    where: { status: "RUNNING", OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }] },
    select: { id: true, heartbeatAt: true, workerId: true, jobId: true },
  });
  const reaped: string[] = [];
  for (const run of stale) {
    const error = `The worker ${run.workerId ?? ""} stopped responding (last heartbeat ${run.heartbeatAt?.toISOString() ?? "never"}); start a new run.`;
    const updated = await db.trainingRun.updateMany({
      where: { id: run.id, status: "RUNNING", heartbeatAt: run.heartbeatAt },
      data: { status: "FAILED", phase: "failed", finishedAt: now, error },
    });
    if (updated.count === 0) continue;
    reaped.push(run.id);
    if (boss && run.jobId) await boss.fail(QUEUES.train, run.jobId, { error }).catch(() => {});
  }
  return reaped;
}
