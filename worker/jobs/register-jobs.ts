// Connects queue names to job handlers, and keeps reaping runs whose worker died.
import type PgBoss from "pg-boss";
import { getPrisma } from "@/server/db/client";
import { QUEUES } from "@/server/queue/job-queue";
import { getStorage } from "@/server/storage/get-storage";
import { reapStaleRuns } from "@/worker/runs/reap-stale-runs";
import { scoreNewPaintings, scorePaintings } from "./score-paintings";
import { trainRun } from "./train-run";

type WorkerOptions = { workerId: string };

const REAP_EVERY_MS = 30_000;

export async function registerJobs(boss: PgBoss, { workerId }: WorkerOptions): Promise<() => Promise<void>> {
  const db = getPrisma();
  const storage = getStorage();
  const reap = () =>
    reapStaleRuns(db)
      .then((ids) => ids.length && console.log(`[worker] marked ${ids.length} abandoned run(s) failed: ${ids.join(", ")}`))
      .catch((error) => console.error("[worker] reaping stale runs failed:", error));
  await reap();
  const timer = setInterval(reap, REAP_EVERY_MS);

  let currentRunId: string | null = null;
  // One training at a time per worker: training saturates the CPU (or GPU) on its own.
  await boss.work<{ runId: string }>(QUEUES.train, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    console.log(`[worker] training run ${job.data.runId}`);
    currentRunId = job.data.runId;
    const result = await trainRun(db, storage, { runId: job.data.runId, workerId }).finally(() => (currentRunId = null));
    console.log(`[worker] run ${job.data.runId}: ${result.status}`);
    if (result.modelVersionId) await boss.send(QUEUES.score, { modelVersionId: result.modelVersionId });
  });

  await boss.work<{ modelVersionId: string }>(QUEUES.score, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const round = await scorePaintings(db, storage, { modelVersionId: job.data.modelVersionId });
    console.log(`[worker] scored ${round.scored} paintings; ${round.enqueued} sent to review, ${round.removed} no longer uncertain`);
  });

  await boss.work<{ projectId: string; paintingIds: string[] }>(QUEUES.scoreNew, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const result = await scoreNewPaintings(db, storage, job.data);
    console.log(`[worker] classified ${result.scored} new painting(s); ${result.enqueued} sent to review`);
  });

  return async () => {
    clearInterval(timer);
    await boss.offWork(QUEUES.scoreNew);
    await boss.offWork(QUEUES.train);
    await boss.offWork(QUEUES.score);
    // Stopped mid-run (Ctrl-C, SIGTERM): say so now rather than leave it to the reaper.
    if (currentRunId) {
      await db.trainingRun.updateMany({
        where: { id: currentRunId, status: "RUNNING" },
        data: { status: "FAILED", phase: "failed", finishedAt: new Date(), error: "The worker was stopped during the run; start a new run." },
      });
    }
  };
}
