// Jobs live in PostgreSQL through pg-boss, so any number of workers on any machines can share
// them. The web app only sends jobs; worker/main.ts works them.
import PgBoss from "pg-boss";
import { getConfig } from "@/server/config";
import { AppError } from "@/server/errors";
import { rootLogger } from "@/server/logging/logger";

export const QUEUES = {
  train: "train-model",
  score: "score-paintings",
  scoreNew: "score-new-paintings",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

// A run can take hours on a CPU. pg-boss 10 expires an active job after 15 minutes by default and
// would hand it to a second worker, so expiry is set far above any real run; a dead worker is
// detected sooner by the run's own heartbeat (worker/runs/reap-stale-runs.ts), not by expiry.
const QUEUE_OPTIONS: Record<QueueName, PgBoss.Queue> = {
  [QUEUES.train]: { name: QUEUES.train, expireInSeconds: 23 * 3600, retryLimit: 0 },
  [QUEUES.score]: { name: QUEUES.score, expireInSeconds: 6 * 3600, retryLimit: 1, retryDelay: 30 },
  [QUEUES.scoreNew]: { name: QUEUES.scoreNew, expireInSeconds: 3600, retryLimit: 2, retryDelay: 30 },
};

const holder = globalThis as unknown as { provenanceBoss?: Promise<PgBoss> };

export async function startJobQueue(databaseUrl = getConfig().DATABASE_URL): Promise<PgBoss> {
  if (!databaseUrl) throw new AppError("config/invalid", "DATABASE_URL is not set");
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  // One line per error: on Ctrl-C the database stops alongside the worker, and pg-boss's pollers
  // report their closed connections; whole pg client objects in the log would bury that.
  boss.on("error", (error) => rootLogger().error({ component: "queue" }, error instanceof Error ? error.message : String(error)));
  await boss.start();
  for (const options of Object.values(QUEUE_OPTIONS)) {
    await boss.createQueue(options.name, options);
  }
  return boss;
}

/** The web process's shared sender, started on first use. */
export function getJobQueue(): Promise<PgBoss> {
  holder.provenanceBoss ??= startJobQueue().catch((error) => {
    holder.provenanceBoss = undefined;
    throw error;
  });
  return holder.provenanceBoss;
}
