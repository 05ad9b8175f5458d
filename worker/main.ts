// The worker process: takes training and scoring jobs from the queue and runs each in a trainer
// process of its own. Started by `npm start` beside the web app, or alone with `npm run worker` on
// any machine that reaches the database and the blob storage.
import os from "node:os";
import { loadConfigOrExit } from "@/server/config";
import { getPrisma } from "@/server/db/client";
import { bindRootLogger, rootLogger } from "@/server/logging/logger";
import { startJobQueue } from "@/server/queue/job-queue";
import { AppError } from "@/server/errors";
import { registerJobs } from "./jobs/register-jobs";
import { announceWorker } from "./node/worker-presence";
import { watchParent } from "./node/watch-parent";
import { startTrainer } from "./trainer/start-trainer";

const workerId = `${os.hostname()}:${process.pid}`;
// Every variable checked before anything connects; a bad one stops the worker naming each.
loadConfigOrExit("worker", (message) => rootLogger().fatal({ service: "worker" }, message));
const log = bindRootLogger({ service: "worker", workerId });

async function main() {
  // What this machine can train, asked of a trainer process (the backend is chosen there).
  const probe = await startTrainer({ kind: "probe" }).outcome;
  if (!probe.ok) throw new AppError("INTERNAL_SERVER_ERROR", `the trainer cannot start here: ${probe.reason}`);
  const presence = await announceWorker(getPrisma(), workerId, probe.result);
  const boss = await startJobQueue();
  const stopJobs = await registerJobs(boss, { workerId, presence });
  const { backend, threads } = probe.result;
  log.info({ backend, threads }, `${workerId} ready: ${backend}${threads ? ` (${threads} threads)` : ""}`);

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason: why }, `${why}: finishing up`);
    // Order matters: end the trainer and record the run's fate while the database is still up.
    await stopJobs().catch((error) => log.error({ err: error }, "stopping jobs failed"));
    await presence.stop();
    await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => {});
    await getPrisma().$disconnect().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  watchParent(() => void stop("the process that started this worker is gone"));
}

main().catch((error) => {
  log.fatal({ err: error }, `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
