// One row per (run, fold, epoch): a worker that retries an epoch overwrites it, never adds a twin.
import type { Db } from "@/server/db/client";
import type { EpochStats } from "@/core/warnings/warning-types";

/** What the warnings read, plus the learning rate the epoch ran at. */
export type EpochRecord = EpochStats & { learningRate: number };

export async function saveEpochMetric(db: Db, runId: string, fold: number, record: EpochRecord) {
  await db.epochMetric.upsert({
    where: { runId_fold_epoch: { runId, fold, epoch: record.epoch } },
    create: { runId, fold, ...record },
    update: record,
  });
}
