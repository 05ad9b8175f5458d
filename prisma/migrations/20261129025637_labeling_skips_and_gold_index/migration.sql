-- CreateTable
CREATE TABLE "LabelSkip" (
    "paintingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelSkip_pkey" PRIMARY KEY ("paintingId","userId")
);

-- CreateIndex
CREATE INDEX "LabelSkip_userId_idx" ON "LabelSkip"("userId");

-- CreateIndex
CREATE INDEX "Painting_projectId_isGold_status_idx" ON "Painting"("projectId", "isGold", "status");

-- AddForeignKey
ALTER TABLE "LabelSkip" ADD CONSTRAINT "LabelSkip_paintingId_fkey" FOREIGN KEY ("paintingId") REFERENCES "Painting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelSkip" ADD CONSTRAINT "LabelSkip_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

