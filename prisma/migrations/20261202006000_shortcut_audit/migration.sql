-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "normaliseTrainingCopies" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Painting" ADD COLUMN     "fileFeatures" JSONB;

-- AlterTable
ALTER TABLE "DatasetSnapshot" ADD COLUMN     "normalisedSide" INTEGER,
ADD COLUMN     "shortcutAudit" JSONB;

