-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "saliencyKey" TEXT;

-- CreateTable
CREATE TABLE "PaintingEvidence" (
    "paintingId" TEXT NOT NULL,
    "container" TEXT NOT NULL,
    "hasC2pa" BOOLEAN NOT NULL DEFAULT false,
    "c2paClaimGenerator" TEXT,
    "digitalSourceType" TEXT,
    "hasXmp" BOOLEAN NOT NULL DEFAULT false,
    "exifSoftware" TEXT,
    "exifMake" TEXT,
    "exifModel" TEXT,
    "exifDateTime" TEXT,
    "hasGps" BOOLEAN NOT NULL DEFAULT false,
    "gpsLatitude" DOUBLE PRECISION,
    "gpsLongitude" DOUBLE PRECISION,
    "hasGeneratorParameters" BOOLEAN NOT NULL DEFAULT false,
    "textChunks" JSONB NOT NULL DEFAULT '[]',
    "truncated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaintingEvidence_pkey" PRIMARY KEY ("paintingId")
);

-- AddForeignKey
ALTER TABLE "PaintingEvidence" ADD CONSTRAINT "PaintingEvidence_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

