// Scores the project again with its newest model, on a manager's demand.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { sendJob } from "@/server/queue/job-contract";
import { QUEUES } from "@/server/queue/job-queue";
import { writeAuditLog } from "../audit/write-audit-log";

export async function requestScoring(db: Db, boss: PgBoss, actorId: string, projectId: string) {
  const latest = await db.modelVersion.findFirst({ where: { projectId }, orderBy: { version: "desc" } });
  if (!latest) throw new AppError("model/not_found", "This project has no trained model yet; train one first.");
  await sendJob(boss, QUEUES.score, { modelVersionId: latest.id });
  await writeAuditLog(db, { actorId, action: "model.score", entityType: "ModelVersion", entityId: latest.id });
  return latest;
}
