// Creates a run and hands it to the job queue; a worker on any machine picks it up.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors";
import { QUEUES } from "@/server/queue/job-queue";
import { writeAuditLog } from "../audit/write-audit-log";
import { parseTrainingConfig } from "./training-config";

export const MIN_APPROVED_PER_CLASS = 2;

type StartInput = { projectId: string; config?: Record<string, unknown> | null };

export async function startTrainingRun(db: Db, boss: PgBoss | null, actorId: string | null, { projectId, config }: StartInput) {
  const parsed = parseTrainingConfig(config);
  const project = await db.project.findUnique({ where: { id: projectId }, include: { labelClasses: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  await assertEnoughApprovedData(db, projectId, project.labelClasses.map((c) => ({ id: c.id, key: c.key })));

  const run = await db.trainingRun.create({
    data: { projectId, startedById: actorId, config: parsed, preset: parsed.preset, seed: parsed.seed, status: "QUEUED", phase: "queued" },
  });
  if (boss) {
    // singletonKey: sending the same run twice (a double click) never queues it twice.
    const jobId = await boss.send(QUEUES.train, { runId: run.id }, { singletonKey: run.id });
    await db.trainingRun.update({ where: { id: run.id }, data: { jobId } });
  }
  await writeAuditLog(db, { actorId, action: "run.start", entityType: "TrainingRun", entityId: run.id, data: parsed });
  return db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
}

async function assertEnoughApprovedData(db: Db, projectId: string, classes: { id: string; key: string }[]) {
  const counts = await db.painting.groupBy({
    by: ["approvedLabelId"],
    where: { projectId, status: "APPROVED", approvedLabelId: { not: null } },
    _count: { _all: true },
  });
  const short = classes.filter((c) => (counts.find((row) => row.approvedLabelId === c.id)?._count._all ?? 0) < MIN_APPROVED_PER_CLASS);
  if (short.length > 0) {
    throw new AppError(
      "run/no_training_data",
      `Training needs at least ${MIN_APPROVED_PER_CLASS} approved paintings of every class; too few for ${short.map((c) => c.key).join(", ")}.`,
    );
  }
}
