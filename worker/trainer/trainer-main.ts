// A trainer process: runs one job (a training run, a scoring pass, or a probe of what this
// machine can run) and exits. Training is long synchronous wasm work that would stop the timers
// of whatever process runs it, so it never runs in the worker's main process: that one stays free
// to heartbeat, watch for cancellation and kill this process when needed.
import { getPrisma } from "@/server/db/client";
import { getStorage } from "@/server/storage/get-storage";
import { selectBackend } from "@/worker/backend/select-backend";
import { scoreNewPaintings, scorePaintings } from "@/worker/jobs/score-paintings";
import { trainRun } from "@/worker/jobs/train-run";
import type { TrainerJob, TrainerReply, TrainerResult } from "./trainer-messages";

async function runJob(job: TrainerJob): Promise<TrainerResult[TrainerJob["kind"]]> {
  const db = getPrisma();
  switch (job.kind) {
    case "train":
      return trainRun(db, getStorage(), { runId: job.runId, workerId: job.workerId });
    case "score": {
      const round = await scorePaintings(db, getStorage(), { modelVersionId: job.modelVersionId });
      return { scored: round.scored, enqueued: round.enqueued, removed: round.removed };
    }
    case "score-new":
      return scoreNewPaintings(db, getStorage(), { projectId: job.projectId, paintingIds: job.paintingIds });
    case "probe": {
      const backend = await selectBackend();
      return { backend: backend.name, threads: backend.threads ?? null, notes: backend.notes };
    }
  }
}

function reply(message: TrainerReply, code: number) {
  process.send!(message, () => {
    void getPrisma().$disconnect().finally(() => process.exit(code));
  });
}

// The worker that started us is gone (killed, or stopped us): nobody is left to report to.
process.on("disconnect", () => process.exit(1));

process.once("message", (job: TrainerJob) => {
  runJob(job).then(
    (result) => reply({ type: "done", result }, 0),
    (error: unknown) => reply({ type: "failed", message: error instanceof Error ? error.message : String(error) }, 1),
  );
});
