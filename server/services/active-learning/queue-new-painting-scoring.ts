// New uploads are classified by the project's newest model as soon as a worker is free, so
// reviewers see the model's opinion and unsure uploads reach the queue without waiting for the
// next full round. Projects without a model send nothing.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { sendJob } from "@/server/queue/job-contract";
import { QUEUES } from "@/server/queue/job-queue";

export async function queueNewPaintingScoring(db: Db, boss: PgBoss, projectId: string, paintingIds: string[]): Promise<boolean> {
  if (paintingIds.length === 0) return false;
  const model = await db.modelVersion.findFirst({ where: { projectId }, select: { id: true } });
  if (!model) return false;
  await sendJob(boss, QUEUES.scoreNew, { projectId, paintingIds });
  return true;
}
