// The worker's main process watching a training run that its trainer process executes: it writes
// the run's heartbeat (this process never blocks, whatever the batch size), turns a manager's
// cancel into a killed trainer within seconds, and fails the run with the reason when the trainer
// dies (crash, out of memory) so the worker can go on with other jobs.
import type { Db } from "@/server/db/client";
import type { TrainRunResult } from "@/worker/jobs/train-run";
import { HEARTBEAT_MS } from "@/worker/runs/run-tracker";
import { startTrainer } from "./start-trainer";

/** How often the cancel flag is read, and how long the trainer gets to stop by itself at a batch
 *  boundary before it is killed: together well under the promised 10 seconds. */
export const CANCEL_POLL_MS = 2000;
export const CANCEL_GRACE_MS = 4000;

export type SupervisedRun = { outcome: Promise<TrainRunResult>; stop: (reason: string) => Promise<void> };

export function superviseTrainingRun(db: Db, { runId, workerId }: { runId: string; workerId: string }): SupervisedRun {
  const trainer = startTrainer({ kind: "train", runId, workerId }, { label: runId });
  const mine = { id: runId, status: "RUNNING" as const, workerId };
  let stopReason: { status: "CANCELLED" | "FAILED"; message: string } | null = null;

  const heartbeat = setInterval(() => {
    db.trainingRun.updateMany({ where: mine, data: { heartbeatAt: new Date() } }).catch(() => {});
  }, HEARTBEAT_MS);
  const cancelWatch = setInterval(() => {
    if (stopReason) return;
    db.trainingRun.findUnique({ where: { id: runId }, select: { cancelRequested: true, status: true } }).then((run) => {
      if (!run?.cancelRequested || run.status !== "RUNNING" || stopReason) return;
      stopReason = { status: "CANCELLED", message: "Cancelled by a manager." };
      // The trainer checks the flag between batches and may finish cleanly; a long batch is cut.
      setTimeout(() => trainer.kill(), CANCEL_GRACE_MS).unref();
    }, () => {});
  }, CANCEL_POLL_MS);

  const outcome = (async (): Promise<TrainRunResult> => {
    const ended = await trainer.outcome;
    clearInterval(heartbeat);
    clearInterval(cancelWatch);
    if (ended.ok) return ended.result;
    const final = stopReason ?? { status: "FAILED" as const, message: ended.reason };
    await endRun(db, { runId, workerId }, final);
    return { status: final.status };
  })();

  return {
    outcome,
    stop: async (message) => {
      stopReason ??= { status: "FAILED", message };
      trainer.kill();
      await outcome;
    },
  };
}

/** Ends a run the trainer could not end itself: only if it is still this worker's (or was never
 *  claimed), so a run another worker took is never touched. */
async function endRun(db: Db, { runId, workerId }: { runId: string; workerId: string }, { status, message }: { status: "CANCELLED" | "FAILED"; message: string }) {
  await db.trainingRun.updateMany({
    where: { id: runId, OR: [{ status: "RUNNING", workerId }, { status: "QUEUED" }] },
    data: {
      status, phase: status.toLowerCase(), finishedAt: new Date(),
      ...(status === "FAILED" ? { error: message } : { message, error: null }),
    },
  });
}
