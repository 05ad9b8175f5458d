// The annotator's own pace in a project, by the same rule as the managers' report
// (core/quality/labeling-rate.ts): no rate until enough labels and labeling time back it.
import type { Db } from "@/server/db/client";
import { labelingRate, type LabelingRate } from "@/core/quality/labeling-rate";
import { loadLabelingProject } from "./load-labeling-project";

export async function myLabelingPace(db: Db, { projectId, userId }: { projectId: string; userId: string }): Promise<LabelingRate> {
  await loadLabelingProject(db, projectId);
  const rows = await db.annotation.findMany({
    where: { annotatorId: userId, painting: { projectId } },
    select: { createdAt: true },
  });
  return labelingRate(rows.map((row) => row.createdAt));
}
