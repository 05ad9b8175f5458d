// Connects queue names to job handlers, and keeps reaping runs whose worker died. Every job runs
// in a trainer process of its own (worker/trainer): this process stays responsive, so heartbeats,
// cancellation and shutdown work whatever the trainer is doing.
import type PgBoss from "pg-boss";
import { getPrisma } from "@/server/db/client";
import { sendJob, workJobs } from "@/server/queue/job-contract";
import { QUEUES } from "@/server/queue/job-queue";
import { reapStaleRuns } from "@/worker/runs/reap-stale-runs";
import type { WorkerPresence } from "@/worker/node/worker-presence";
import { startTrainer, type Trainer } from "@/worker/trainer/start-trainer";
import { superviseTrainingRun, type SupervisedRun } from "@/worker/trainer/supervise-training-run";

type WorkerOptions = { workerId: string; presence?: WorkerPresence };

const REAP_EVERY_MS = 30_000;

export async function registerJobs(boss: PgBoss, { workerId, presence }: WorkerOptions): Promise<() => Promise<void>> {
  const db = getPrisma();
  const reap = () =>
    reapStaleRuns(db, new Date(), boss)
      .then((ids) => ids.length && console.log(`[worker] marked ${ids.length} abandoned run(s) failed: ${ids.join(", ")}`))
      .catch((error) => console.error("[worker] reaping stale runs failed:", error instanceof Error ? error.message : error));
  await reap();
  const timer = setInterval(reap, REAP_EVERY_MS);

  let training: SupervisedRun | null = null;
  const scoring = new Set<Trainer<"score" | "score-new">>();

  // One training at a time per worker: training saturates the CPU (or GPU) on its own.
  await workJobs(boss, QUEUES.train, async ({ runId }) => {
    console.log(`[worker] training run ${runId}`);
    presence?.setCurrentRun(runId);
    training = superviseTrainingRun(db, { runId, workerId });
    const result = await training.outcome.finally(() => {
      training = null;
      presence?.setCurrentRun(null);
    });
    console.log(`[worker] run ${runId}: ${result.status}`);
    if (result.modelVersionId) await sendJob(boss, QUEUES.score, { modelVersionId: result.modelVersionId });
  });

  const scoreIn = async <K extends "score" | "score-new">(trainer: Trainer<K>) => {
    scoring.add(trainer);
    const outcome = await trainer.outcome.finally(() => scoring.delete(trainer));
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.result;
  };
  await workJobs(boss, QUEUES.score, async ({ modelVersionId }) => {
    const round = await scoreIn(startTrainer({ kind: "score", modelVersionId }));
    console.log(`[worker] scored ${round.scored} paintings; ${round.enqueued} sent to review, ${round.removed} no longer uncertain`);
  });
  await workJobs(boss, QUEUES.scoreNew, async ({ projectId, paintingIds }) => {
    const result = await scoreIn(startTrainer({ kind: "score-new", projectId, paintingIds }));
    console.log(`[worker] classified ${result.scored} new painting(s); ${result.enqueued} sent to review`);
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
