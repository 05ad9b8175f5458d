-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "hideFileNames" BOOLEAN NOT NULL DEFAULT false;

