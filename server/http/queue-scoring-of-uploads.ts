import type { Db } from "@/server/db/client";
import { getJobQueue } from "@/server/queue/job-queue";
import { queueNewPaintingScoring } from "@/server/services/active-learning/queue-new-painting-scoring";

/** The upload route's afterImport: new paintings go to the worker for classification. */
export function queueScoringOfUploads(db: Db) {
  return async (projectId: string, paintingIds: string[]) => {
    await queueNewPaintingScoring(db, await getJobQueue(), projectId, paintingIds);
  };
}
