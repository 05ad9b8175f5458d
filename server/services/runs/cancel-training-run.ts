// A queued run is cancelled at once; a running one is asked to stop and the worker ends it at the
// next batch, so its epoch rows stay consistent.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors";
import { QUEUES } from "@/server/queue/job-queue";
import { writeAuditLog } from "../audit/write-audit-log";

export async function cancelTrainingRun(db: Db, boss: PgBoss | null, actorId: string, runId: string) {
  const run = await db.trainingRun.findUnique({ where: { id: runId } });
  if (!run) throw notFound("run/not_found", "training run", runId);
  if (run.status === "QUEUED") {
    const updated = await db.trainingRun.updateMany({
      where: { id: runId, status: "QUEUED" },
      data: { status: "CANCELLED", phase: "cancelled", finishedAt: new Date(), message: "Cancelled before it started." },
    });
    if (updated.count === 1 && boss && run.jobId) await boss.cancel(QUEUES.train, run.jobId).catch(() => {});
  } else if (run.status === "RUNNING") {
    await db.trainingRun.update({ where: { id: runId }, data: { cancelRequested: true, message: "Cancelling…" } });
  } else {
    throw new AppError("run/not_cancellable", `The run has already ${run.status.toLowerCase()}.`);
  }
  await writeAuditLog(db, { actorId, action: "run.cancel", entityType: "TrainingRun", entityId: runId });
  return db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
}
