-- AlterTable
ALTER TABLE "Painting" ADD COLUMN     "evaluationLabelId" TEXT,
ADD COLUMN     "evaluationSetId" TEXT;

-- CreateTable
CREATE TABLE "EvaluationSet" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "openToAnnotators" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationSetReport" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "evaluationSetId" TEXT,
    "setName" TEXT NOT NULL,
    "sampleCount" INTEGER NOT NULL,
    "classKeys" JSONB NOT NULL,
    "confusionMatrix" JSONB NOT NULL,
    "perClass" JSONB NOT NULL,
    "accuracy" DOUBLE PRECISION NOT NULL,
    "macroF1" DOUBLE PRECISION NOT NULL,
    "rocAuc" DOUBLE PRECISION,
    "ece" DOUBLE PRECISION,
    "calibration" JSONB,
    "meanConfidenceWrong" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationSetReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSet_projectId_name_key" ON "EvaluationSet"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSetReport_runId_evaluationSetId_key" ON "EvaluationSetReport"("runId", "evaluationSetId");

-- CreateIndex
CREATE INDEX "Painting_evaluationSetId_idx" ON "Painting"("evaluationSetId");

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_evaluationSetId_fkey" FOREIGN KEY ("evaluationSetId") REFERENCES "EvaluationSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_evaluationLabelId_fkey" FOREIGN KEY ("evaluationLabelId") REFERENCES "LabelClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSet" ADD CONSTRAINT "EvaluationSet_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSetReport" ADD CONSTRAINT "EvaluationSetReport_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TrainingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSetReport" ADD CONSTRAINT "EvaluationSetReport_evaluationSetId_fkey" FOREIGN KEY ("evaluationSetId") REFERENCES "EvaluationSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

