// One row per (run, fold, epoch): a worker that retries an epoch overwrites it, never adds a twin.
// Prisma's upsert needs a unique key without nulls, and the final model's fold is null, so this
// updates first and creates when nothing matched; the unique index (NULLS NOT DISTINCT) refuses a
// twin from a concurrent writer.
import type { Db } from "@/server/db/client";
import type { ModelFold } from "@/core/metrics/model-fold";
import type { EpochRecord } from "@/core/warnings/warning-types";

export async function saveEpochMetric(db: Db, runId: string, fold: ModelFold, record: EpochRecord) {
  const { count } = await db.epochMetric.updateMany({ where: { runId, fold, epoch: record.epoch }, data: record });
  if (count === 0) await db.epochMetric.create({ data: { runId, fold, ...record } });
}
