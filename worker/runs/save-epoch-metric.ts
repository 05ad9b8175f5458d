// One row per (run, fold, epoch): a worker that retries an epoch overwrites it, never adds a twin.
import type { Db } from "@/server/db/client";

export type EpochRecord = {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  wallSeconds: number;
  samplesSeen: number;
  expectedSamples: number;
  imagesPerSecond: number;
  learningRate: number;
};

export async function saveEpochMetric(db: Db, runId: string, fold: number, record: EpochRecord) {
  await db.epochMetric.upsert({
    where: { runId_fold_epoch: { runId, fold, epoch: record.epoch } },
    create: { runId, fold, ...record },
    update: record,
  });
}
