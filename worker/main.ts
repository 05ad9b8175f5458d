// The worker process: takes training and scoring jobs from the queue. Started by `npm start`
// beside the web app, or alone with `npm run worker` on any machine that reaches the database.
import os from "node:os";
import { startJobQueue } from "@/server/queue/job-queue";
import { registerJobs } from "./jobs/register-jobs";

const workerId = `${os.hostname()}:${process.pid}`;

async function main() {
  const boss = await startJobQueue();
  const stopJobs = await registerJobs(boss, { workerId });
  console.log(`[worker] ${workerId} ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing up`);
    await stopJobs();
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error("[worker] failed to start:", error);
  process.exit(1);
});
