-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "PaintingStatus" AS ENUM ('UNLABELED', 'ANNOTATING', 'DISPUTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PaintingSource" AS ENUM ('UPLOAD', 'IMPORT');

-- CreateEnum
CREATE TYPE "PreAnnotationMode" AS ENUM ('OFF', 'AFTER_COMMIT', 'BEFORE_COMMIT');

-- CreateEnum
CREATE TYPE "UncertaintyStrategy" AS ENUM ('LEAST_CONFIDENCE', 'MARGIN', 'ENTROPY');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('LABEL', 'REVIEW');

-- CreateEnum
CREATE TYPE "ReviewReason" AS ENUM ('DISAGREEMENT', 'MODEL_UNSURE', 'MODEL_DISAGREES', 'GOLD_FAILED', 'SPOT_CHECK');

-- CreateEnum
CREATE TYPE "ReviewEntryStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'RELABEL');

-- CreateEnum
CREATE TYPE "ReviewReasonCode" AS ENUM ('ARTIFACTS_HANDS_TEXT', 'BRUSHWORK', 'PROVENANCE_KNOWN', 'MODEL_CORRECT', 'ANNOTATOR_ERROR', 'OTHER');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DatasetSplit" AS ENUM ('TRAIN', 'VALIDATION', 'TEST');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'ANNOTATOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("address")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "labelsPerItem" INTEGER NOT NULL DEFAULT 2,
    "goldRate" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "spotCheckRate" DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    "preAnnotation" "PreAnnotationMode" NOT NULL DEFAULT 'OFF',
    "uncertaintyStrategy" "UncertaintyStrategy" NOT NULL DEFAULT 'LEAST_CONFIDENCE',
    "uncertaintyThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.35,
    "labelingBudget" INTEGER,
    "claimTtlSeconds" INTEGER NOT NULL DEFAULT 600,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelClass" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hotkey" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT '#888888',
    "position" INTEGER NOT NULL,

    CONSTRAINT "LabelClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Painting" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "phash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT NOT NULL,
    "trainingKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "source" "PaintingSource" NOT NULL DEFAULT 'UPLOAD',
    "uploadedById" TEXT,
    "status" "PaintingStatus" NOT NULL DEFAULT 'UNLABELED',
    "labelRound" INTEGER NOT NULL DEFAULT 0,
    "approvedLabelId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "isGold" BOOLEAN NOT NULL DEFAULT false,
    "goldLabelId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Painting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NearDuplicate" (
    "paintingAId" TEXT NOT NULL,
    "paintingBId" TEXT NOT NULL,
    "distance" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NearDuplicate_pkey" PRIMARY KEY ("paintingAId","paintingBId")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "paintingId" TEXT NOT NULL,
    "annotatorId" TEXT NOT NULL,
    "labelClassId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 0,
    "confidence" INTEGER,
    "note" TEXT,
    "durationMs" INTEGER,
    "suggestionShown" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemClaim" (
    "paintingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL DEFAULT 'LABEL',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemClaim_pkey" PRIMARY KEY ("paintingId")
);

-- CreateTable
CREATE TABLE "ReviewQueueEntry" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "paintingId" TEXT NOT NULL,
    "reason" "ReviewReason" NOT NULL,
    "priority" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "status" "ReviewEntryStatus" NOT NULL DEFAULT 'OPEN',
    "modelVersionId" TEXT,
    "uncertainty" DOUBLE PRECISION,
    "claimedById" TEXT,
    "claimExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewQueueEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "paintingId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "finalLabelId" TEXT,
    "reasonCode" "ReviewReasonCode" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetSnapshot" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "classCounts" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetItem" (
    "snapshotId" TEXT NOT NULL,
    "paintingId" TEXT NOT NULL,
    "labelClassId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "split" "DatasetSplit" NOT NULL,
    "fold" INTEGER,
    "groupKey" TEXT NOT NULL,

    CONSTRAINT "DatasetItem_pkey" PRIMARY KEY ("snapshotId","paintingId")
);

-- CreateTable
CREATE TABLE "TrainingRun" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "startedById" TEXT,
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "config" JSONB NOT NULL,
    "preset" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "backend" TEXT,
    "snapshotId" TEXT,
    "jobId" TEXT,
    "workerId" TEXT,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "phase" TEXT NOT NULL DEFAULT 'queued',
    "message" TEXT,
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EpochMetric" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "fold" INTEGER NOT NULL DEFAULT 0,
    "epoch" INTEGER NOT NULL,
    "trainLoss" DOUBLE PRECISION NOT NULL,
    "trainAccuracy" DOUBLE PRECISION NOT NULL,
    "valLoss" DOUBLE PRECISION,
    "valAccuracy" DOUBLE PRECISION,
    "wallSeconds" DOUBLE PRECISION NOT NULL,
    "samplesSeen" INTEGER NOT NULL,
    "expectedSamples" INTEGER NOT NULL,
    "imagesPerSecond" DOUBLE PRECISION NOT NULL,
    "learningRate" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EpochMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationReport" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "split" "DatasetSplit" NOT NULL,
    "fold" INTEGER NOT NULL DEFAULT -1,
    "sampleCount" INTEGER NOT NULL,
    "classKeys" JSONB NOT NULL,
    "confusionMatrix" JSONB NOT NULL,
    "perClass" JSONB NOT NULL,
    "accuracy" DOUBLE PRECISION NOT NULL,
    "macroF1" DOUBLE PRECISION NOT NULL,
    "rocAuc" DOUBLE PRECISION,
    "ece" DOUBLE PRECISION,
    "calibration" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "artifactKey" TEXT NOT NULL,
    "classKeys" JSONB NOT NULL,
    "inputSize" INTEGER NOT NULL,
    "preset" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prediction" (
    "id" TEXT NOT NULL,
    "paintingId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "probabilities" JSONB NOT NULL,
    "predictedKey" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "uncertainty" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Prediction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActiveLearningRound" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "strategy" "UncertaintyStrategy" NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "budget" INTEGER,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "enqueued" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,
    "resolvedSincePrevious" INTEGER NOT NULL DEFAULT 0,
    "testAccuracy" DOUBLE PRECISION,
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ActiveLearningRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LabelClass_projectId_key_key" ON "LabelClass"("projectId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "LabelClass_projectId_hotkey_key" ON "LabelClass"("projectId", "hotkey");

-- CreateIndex
CREATE INDEX "Painting_projectId_status_createdAt_id_idx" ON "Painting"("projectId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Painting_projectId_createdAt_id_idx" ON "Painting"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Painting_projectId_phash_idx" ON "Painting"("projectId", "phash");

-- CreateIndex
CREATE UNIQUE INDEX "Painting_projectId_sha256_key" ON "Painting"("projectId", "sha256");

-- CreateIndex
CREATE INDEX "NearDuplicate_paintingBId_idx" ON "NearDuplicate"("paintingBId");

-- CreateIndex
CREATE INDEX "Annotation_annotatorId_createdAt_idx" ON "Annotation"("annotatorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_paintingId_annotatorId_round_key" ON "Annotation"("paintingId", "annotatorId", "round");

-- CreateIndex
CREATE INDEX "ItemClaim_userId_idx" ON "ItemClaim"("userId");

-- CreateIndex
CREATE INDEX "ItemClaim_expiresAt_idx" ON "ItemClaim"("expiresAt");

-- CreateIndex
CREATE INDEX "ReviewQueueEntry_projectId_status_priority_idx" ON "ReviewQueueEntry"("projectId", "status", "priority");

-- CreateIndex
CREATE INDEX "ReviewQueueEntry_paintingId_status_idx" ON "ReviewQueueEntry"("paintingId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Review_entryId_key" ON "Review"("entryId");

-- CreateIndex
CREATE INDEX "Review_reviewerId_createdAt_idx" ON "Review"("reviewerId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_paintingId_idx" ON "Review"("paintingId");

-- CreateIndex
CREATE INDEX "DatasetItem_snapshotId_split_idx" ON "DatasetItem"("snapshotId", "split");

-- CreateIndex
CREATE INDEX "TrainingRun_projectId_createdAt_idx" ON "TrainingRun"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "TrainingRun_status_idx" ON "TrainingRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "EpochMetric_runId_fold_epoch_key" ON "EpochMetric"("runId", "fold", "epoch");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationReport_runId_split_fold_key" ON "EvaluationReport"("runId", "split", "fold");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_runId_key" ON "ModelVersion"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_projectId_version_key" ON "ModelVersion"("projectId", "version");

-- CreateIndex
CREATE INDEX "Prediction_modelVersionId_uncertainty_idx" ON "Prediction"("modelVersionId", "uncertainty");

-- CreateIndex
CREATE UNIQUE INDEX "Prediction_paintingId_modelVersionId_key" ON "Prediction"("paintingId", "modelVersionId");

-- CreateIndex
CREATE INDEX "ActiveLearningRound_projectId_createdAt_idx" ON "ActiveLearningRound"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelClass" ADD CONSTRAINT "LabelClass_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_approvedLabelId_fkey" FOREIGN KEY ("approvedLabelId") REFERENCES "LabelClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Painting" ADD CONSTRAINT "Painting_goldLabelId_fkey" FOREIGN KEY ("goldLabelId") REFERENCES "LabelClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NearDuplicate" ADD CONSTRAINT "NearDuplicate_paintingAId_fkey" FOREIGN KEY ("paintingAId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NearDuplicate" ADD CONSTRAINT "NearDuplicate_paintingBId_fkey" FOREIGN KEY ("paintingBId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_annotatorId_fkey" FOREIGN KEY ("annotatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_labelClassId_fkey" FOREIGN KEY ("labelClassId") REFERENCES "LabelClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemClaim" ADD CONSTRAINT "ItemClaim_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemClaim" ADD CONSTRAINT "ItemClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQueueEntry" ADD CONSTRAINT "ReviewQueueEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQueueEntry" ADD CONSTRAINT "ReviewQueueEntry_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQueueEntry" ADD CONSTRAINT "ReviewQueueEntry_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ReviewQueueEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_finalLabelId_fkey" FOREIGN KEY ("finalLabelId") REFERENCES "LabelClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetSnapshot" ADD CONSTRAINT "DatasetSnapshot_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetItem" ADD CONSTRAINT "DatasetItem_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "DatasetSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetItem" ADD CONSTRAINT "DatasetItem_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetItem" ADD CONSTRAINT "DatasetItem_labelClassId_fkey" FOREIGN KEY ("labelClassId") REFERENCES "LabelClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRun" ADD CONSTRAINT "TrainingRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRun" ADD CONSTRAINT "TrainingRun_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRun" ADD CONSTRAINT "TrainingRun_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "DatasetSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EpochMetric" ADD CONSTRAINT "EpochMetric_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TrainingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReport" ADD CONSTRAINT "EvaluationReport_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TrainingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TrainingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prediction" ADD CONSTRAINT "Prediction_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prediction" ADD CONSTRAINT "Prediction_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActiveLearningRound" ADD CONSTRAINT "ActiveLearningRound_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActiveLearningRound" ADD CONSTRAINT "ActiveLearningRound_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- At most one open review entry per painting and reason: re-scoring updates the open entry
-- instead of piling up duplicates. (Prisma cannot express partial unique indexes.)
CREATE UNIQUE INDEX "ReviewQueueEntry_open_painting_reason_key"
  ON "ReviewQueueEntry" ("paintingId", "reason") WHERE "status" = 'OPEN';
