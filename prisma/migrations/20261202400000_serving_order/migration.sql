-- CreateEnum
CREATE TYPE "ServingOrder" AS ENUM ('RANDOM', 'UNCERTAINTY_FIRST');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "servingOrder" "ServingOrder" NOT NULL DEFAULT 'RANDOM';

-- AlterTable
ALTER TABLE "Painting" ADD COLUMN     "queueKey" DOUBLE PRECISION NOT NULL DEFAULT random();

-- CreateIndex
CREATE INDEX "Painting_projectId_status_queueKey_idx" ON "Painting"("projectId", "status", "queueKey");


-- CreateIndex
CREATE INDEX "AuditLog_actorId_action_idx" ON "AuditLog"("actorId", "action");
