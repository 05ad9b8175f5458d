-- Gold paintings are a few dozen per project among every approved painting. The labeling
-- counter counts the annotator's unanswered ones with every claim, and the queue picks one at the
-- project's gold rate. Both scanned every approved painting of the project to find them (the
-- status index), which grows with the project. Not expressible in schema.prisma, so
-- test/integration/migration-drift.test.ts lists it.
CREATE INDEX "Painting_gold_idx" ON "Painting"("projectId") WHERE "isGold";
