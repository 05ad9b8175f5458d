// Workers whose heartbeat is recent by the database clock. A worker touches its row every 10 s
// (worker/node/worker-presence.ts); three missed beats and it no longer counts as live.
import type { Db } from "@/server/db/client";
import { NOW_UTC } from "@/server/db/database-clock";

export const LIVE_WITHIN_SECONDS = 35;

export type LiveWorker = {
  id: string; hostname: string; pid: number; backend: string; threads: number | null; memoryBytes: bigint;
  presets: string[]; notes: string | null; currentRunId: string | null; startedAt: Date; heartbeatAt: Date;
};

export async function listLiveWorkers(db: Db): Promise<LiveWorker[]> {
  return db.$queryRaw<LiveWorker[]>`
    SELECT "id", "hostname", "pid", "backend", "threads", "memoryBytes", "presets", "notes", "currentRunId", "startedAt", "heartbeatAt"
    FROM "WorkerNode"
    WHERE "stoppedAt" IS NULL AND "heartbeatAt" > ${NOW_UTC} - make_interval(secs => ${LIVE_WITHIN_SECONDS}::int)
    ORDER BY "startedAt"`;
}
