-- One fold convention for epochs and evaluations: null is the final model, 0..k-1 a
-- cross-validation fold. Epochs stored the final model as 0 and fold i as i + 1, evaluations
-- stored the final model as -1 and fold i as i.

-- DropIndex (first, so renumbering cannot collide with rows not yet renumbered)
DROP INDEX "EpochMetric_runId_fold_epoch_key";

-- DropIndex
DROP INDEX "EvaluationReport_runId_split_fold_key";

-- AlterTable
ALTER TABLE "EpochMetric" ALTER COLUMN "fold" DROP NOT NULL,
ALTER COLUMN "fold" DROP DEFAULT;

-- AlterTable
ALTER TABLE "EvaluationReport" ALTER COLUMN "fold" DROP NOT NULL,
ALTER COLUMN "fold" DROP DEFAULT;

-- Data: existing rows to the new convention.
UPDATE "EpochMetric" SET "fold" = CASE WHEN "fold" = 0 THEN NULL ELSE "fold" - 1 END;
UPDATE "EvaluationReport" SET "fold" = NULL WHERE "fold" = -1;

-- CreateIndex (by hand: NULLS NOT DISTINCT, which Prisma's schema cannot express, keeps one final
-- model row per epoch and per split, PostgreSQL 15 or newer)
CREATE UNIQUE INDEX "EpochMetric_runId_fold_epoch_key" ON "EpochMetric"("runId", "fold", "epoch") NULLS NOT DISTINCT;

-- CreateIndex (by hand, as above)
CREATE UNIQUE INDEX "EvaluationReport_runId_split_fold_key" ON "EvaluationReport"("runId", "split", "fold") NULLS NOT DISTINCT;
