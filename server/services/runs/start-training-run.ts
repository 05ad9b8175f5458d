// Creates a run and hands it to the job queue; a worker on any machine picks it up. A preset that
// no live worker can train is refused before anything is written, and a run whose job could not
// be queued is failed at once rather than left QUEUED forever.
import type PgBoss from "pg-boss";
import type { Db } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors";
import { sendJob } from "@/server/queue/job-contract";
import { QUEUES } from "@/server/queue/job-queue";
import { trainingCandidates } from "@/server/services/datasets/training-candidates";
import { listLiveWorkers } from "@/server/services/workers/list-live-workers";
import { unavailableReason } from "@/server/services/workers/preset-availability";
import { writeAuditLog } from "../audit/write-audit-log";
import { parseTrainingConfig } from "./training-config";

export const MIN_APPROVED_PER_CLASS = 2;

type StartInput = {
  projectId: string;
  config?: Record<string, unknown> | null;
  /** The caller trains the run itself (`npm run train` without --queue): no worker needs to. */
  trainsHere?: boolean;
};

export async function startTrainingRun(db: Db, boss: PgBoss | null, actorId: string | null, { projectId, config, trainsHere = false }: StartInput) {
  const parsed = parseTrainingConfig(config);
  const project = await db.project.findUnique({ where: { id: projectId }, include: { labelClasses: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  if (!trainsHere) await assertSomeWorkerCanTrain(db, parsed.preset);
  await assertEnoughApprovedData(db, projectId, project.labelClasses.map((c) => ({ id: c.id, key: c.key })));

  const run = await db.trainingRun.create({
    data: { projectId, startedById: actorId, config: parsed, preset: parsed.preset, seed: parsed.seed, status: "QUEUED", phase: "queued" },
  });
  if (boss) await queueRun(db, boss, run.id);
  await writeAuditLog(db, { actorId, action: "run.start", entityType: "TrainingRun", entityId: run.id, data: parsed });
  return db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
}

/**
 * With live workers, the preset must be one of theirs (full VGG19 does not fit a wasm worker). With
 * none, the run is queued for whichever worker starts next; the runs page says none is running.
 */
async function assertSomeWorkerCanTrain(db: Db, preset: string) {
  const live = await listLiveWorkers(db);
  if (live.length === 0 || live.some((w) => w.presets.includes(preset))) return;
  throw new AppError("run/preset_unsupported", unavailableReason(preset, live), { preset, backends: [...new Set(live.map((w) => w.backend))] });
}

async function queueRun(db: Db, boss: PgBoss, runId: string) {
  try {
    // singletonKey: sending the same run twice (a double click) never queues it twice.
    const jobId = await sendJob(boss, QUEUES.train, { runId }, { singletonKey: runId });
    await db.trainingRun.update({ where: { id: runId }, data: { jobId } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.trainingRun.update({
      where: { id: runId },
      data: { status: "FAILED", phase: "failed", finishedAt: new Date(), error: `The job queue did not take the run: ${reason}` },
    });
    throw new AppError("run/queue_unavailable", "The run could not be queued; it was marked failed. Try again in a moment.", { runId });
  }
}

async function assertEnoughApprovedData(db: Db, projectId: string, classes: { id: string; key: string }[]) {
  const counts = await db.painting.groupBy({
    by: ["approvedLabelId"],
    where: trainingCandidates(projectId),
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
