// One place that connects queue names to job handlers.
import type PgBoss from "pg-boss";

type WorkerOptions = { workerId: string };

export async function registerJobs(_boss: PgBoss, _options: WorkerOptions): Promise<() => Promise<void>> {
  return async () => {};
}
