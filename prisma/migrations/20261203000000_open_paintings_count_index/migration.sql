-- The labeling screen's "left for you" counter runs with every claim and counts the project's
-- open paintings. This partial index lets PostgreSQL count them from the index alone: 9 ms
-- instead of 49 ms at 100,000 paintings (bench/labeling-latency.ts). Not expressible in
-- schema.prisma, so test/integration/migration-drift.test.ts lists it.
CREATE INDEX "Painting_open_for_labels_idx" ON "Painting"("projectId")
  WHERE "status" IN ('UNLABELED', 'ANNOTATING') AND NOT "isGold" AND "evaluationSetId" IS NULL;
