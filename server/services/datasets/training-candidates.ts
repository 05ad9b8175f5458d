// The one definition of "paintings a model may learn from": approved, with a label, and in no
// evaluation set. A painting of an evaluation set opened to annotators can be approved by their
// consensus; it still never trains, validates or tests a model, since every run is scored on it
// separately. Snapshots, the training-data check and the dataset export all read this.
import type { Prisma } from "@/server/db/generated/client";

export function trainingCandidates(projectId: string) {
  return {
    projectId, status: "APPROVED", approvedLabelId: { not: null }, evaluationSetId: null,
  } satisfies Prisma.PaintingWhereInput;
}
