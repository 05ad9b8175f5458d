import type { Annotation, Painting } from "@/server/db/generated/client";
import { writeAuditLog } from "../audit/write-audit-log";
import { enqueueReview } from "../review-queue/enqueue-review";
import type { RawTx } from "@/server/db/direct-transaction";

/**
 * Scores an annotator's label on a gold painting against its known provenance. The painting's own
 * status and label are never touched: gold answers measure annotators, they do not decide items.
 * A wrong answer goes to reviewers (GOLD_FAILED) and to the audit log, which names the annotator.
 */
export async function checkGoldAnswer(tx: RawTx, { painting, annotation }: { painting: Painting; annotation: Annotation }): Promise<boolean> {
  const correct = annotation.labelClassId === painting.goldLabelId;
  if (correct) return true;
  await enqueueReview(tx, { projectId: painting.projectId, paintingId: painting.id, reason: "GOLD_FAILED" });
  await writeAuditLog(tx, {
    actorId: annotation.annotatorId,
    action: "annotation.gold_failed",
    entityType: "Annotation",
    entityId: annotation.id,
    data: { paintingId: painting.id, expectedLabelId: painting.goldLabelId, givenLabelId: annotation.labelClassId },
  });
  return false;
}
