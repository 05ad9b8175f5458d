// The worker's row in WorkerNode: written when it starts (with what its trainer can run), touched
// every few seconds from the database clock, and marked stopped when it shuts down. The web app
// reads it to refuse presets no live worker can train and to say when no worker is running.
import os from "node:os";
import type { Db } from "@/server/db/client";
import { NOW_UTC } from "@/server/db/database-clock";
import type { TrainerCapabilities } from "@/worker/trainer/trainer-messages";
import { presetsForBackend } from "./preset-support";

export const PRESENCE_INTERVAL_MS = 10_000;

export type WorkerPresence = { setCurrentRun: (runId: string | null) => void; stop: () => Promise<void> };

export async function announceWorker(db: Db, workerId: string, capabilities: TrainerCapabilities): Promise<WorkerPresence> {
  const fields = {
    hostname: os.hostname(), pid: process.pid, backend: capabilities.backend, threads: capabilities.threads,
    memoryBytes: BigInt(os.totalmem()), presets: presetsForBackend(capabilities.backend), notes: capabilities.notes,
  };
  // Every start adds a row (the id names the process); rows of workers gone for a week go.
  await db.$executeRaw`DELETE FROM "WorkerNode" WHERE "heartbeatAt" < ${NOW_UTC} - interval '7 days'`;
  await db.$executeRaw`
    INSERT INTO "WorkerNode" ("id", "hostname", "pid", "backend", "threads", "memoryBytes", "presets", "notes", "startedAt", "heartbeatAt")
    VALUES (${workerId}, ${fields.hostname}, ${fields.pid}, ${fields.backend}, ${fields.threads}, ${fields.memoryBytes},
            ${fields.presets}, ${fields.notes}, ${NOW_UTC}, ${NOW_UTC})
    ON CONFLICT ("id") DO UPDATE SET "backend" = EXCLUDED."backend", "threads" = EXCLUDED."threads",
      "presets" = EXCLUDED."presets", "notes" = EXCLUDED."notes", "heartbeatAt" = EXCLUDED."heartbeatAt", "stoppedAt" = NULL`;
  let currentRunId: string | null = null;
  const touch = () =>
    db.$executeRaw`UPDATE "WorkerNode" SET "heartbeatAt" = ${NOW_UTC}, "currentRunId" = ${currentRunId} WHERE "id" = ${workerId}`.catch(() => {});
  const timer = setInterval(touch, PRESENCE_INTERVAL_MS);
  timer.unref();
  return {
    setCurrentRun: (runId) => {
      currentRunId = runId;
      void touch();
    },
    stop: async () => {
      clearInterval(timer);
      await db.$executeRaw`UPDATE "WorkerNode" SET "stoppedAt" = ${NOW_UTC}, "currentRunId" = NULL WHERE "id" = ${workerId}`.catch(() => {});
    },
  };
}

