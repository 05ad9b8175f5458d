// Connects queue names to job handlers, and keeps reaping runs whose worker died. Every job runs
// in a trainer process of its own (worker/trainer): this process stays responsive, so heartbeats,
// cancellation and shutdown work whatever the trainer is doing.
import type PgBoss from "pg-boss";
import { getPrisma } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { sendJob, workJobs } from "@/server/queue/job-contract";
import { rootLogger } from "@/server/logging/logger";
import { QUEUES } from "@/server/queue/job-queue";
import { reapStaleRuns } from "@/worker/runs/reap-stale-runs";
import type { WorkerPresence } from "@/worker/node/worker-presence";
import { startTrainer, type Trainer } from "@/worker/trainer/start-trainer";
import { superviseTrainingRun, type SupervisedRun } from "@/worker/trainer/supervise-training-run";

type WorkerOptions = { workerId: string; presence?: WorkerPresence };

const REAP_EVERY_MS = 30_000;

export async function registerJobs(boss: PgBoss, { workerId, presence }: WorkerOptions): Promise<() => Promise<void>> {
  const db = getPrisma();
  const log = rootLogger();
  const reap = () =>
    reapStaleRuns(db, new Date(), boss)
      .then((ids) => ids.length && log.warn({ runIds: ids }, `marked ${ids.length} abandoned run(s) failed`))
      .catch((error) => log.error({ err: error }, "reaping stale runs failed"));
  await reap();
  const timer = setInterval(reap, REAP_EVERY_MS);

  let training: SupervisedRun | null = null;
  const scoring = new Set<Trainer<"score" | "score-new">>();

  // One training at a time per worker: training saturates the CPU (or GPU) on its own.
  await workJobs(boss, QUEUES.train, async ({ runId }, job) => {
    const runLog = log.child({ jobId: job.id, runId });
    runLog.info(`training run ${runId}`);
    presence?.setCurrentRun(runId);
    training = superviseTrainingRun(db, { runId, workerId });
    const result = await training.outcome.finally(() => {
      training = null;
      presence?.setCurrentRun(null);
    });
    runLog.info({ status: result.status, modelVersionId: result.modelVersionId }, `run ${runId}: ${result.status}`);
    if (result.modelVersionId) await sendJob(boss, QUEUES.score, { modelVersionId: result.modelVersionId });
  });

  const scoreIn = async <K extends "score" | "score-new">(trainer: Trainer<K>) => {
    scoring.add(trainer);
    const outcome = await trainer.outcome.finally(() => scoring.delete(trainer));
    if (!outcome.ok) throw new AppError("INTERNAL_SERVER_ERROR", outcome.reason);
    return outcome.result;
  };
  await workJobs(boss, QUEUES.score, async ({ modelVersionId }, job) => {
    const round = await scoreIn(startTrainer({ kind: "score", modelVersionId }));
    log.info({ jobId: job.id, modelVersionId, ...round }, `scored ${round.scored} paintings; ${round.enqueued} sent to review, ${round.removed} no longer uncertain`);
  });
  await workJobs(boss, QUEUES.scoreNew, async ({ projectId, paintingIds }, job) => {
    const result = await scoreIn(startTrainer({ kind: "score-new", projectId, paintingIds }));
    log.info({ jobId: job.id, projectId, ...result }, `classified ${result.scored} new painting(s); ${result.enqueued} sent to review`);
  });

  return async () => {
    clearInterval(timer);
    await Promise.all([boss.offWork(QUEUES.scoreNew), boss.offWork(QUEUES.train), boss.offWork(QUEUES.score)]);
    scoring.forEach((trainer) => trainer.kill());
    // Stopped mid-run (Ctrl-C, SIGTERM): say so now, before the database goes, rather than leave
    // it to the reaper.
    await (training as SupervisedRun | null)?.stop("The worker was stopped during the run; start a new run.");
  };
}
