// Turns a scoring pass into queue changes: uncertain paintings enter (or re-prioritise) as
// MODEL_UNSURE, confident contradictions of approved labels as MODEL_DISAGREES, and open model
// entries that the new model no longer flags are dismissed. Entries people resolved, and entries a
// reviewer holds right now, are never touched.
import type { Db } from "@/server/db/client";
import { enqueueReview } from "@/server/services/review-queue/enqueue-review";
import type { ReviewSelection } from "@/core/uncertainty/select-for-review";

type ApplyInput = {
  projectId: string;
  modelVersionId: string;
  selection: ReviewSelection;
  uncertaintyOf: Map<string, number>;
  /** Only a pass over every painting may dismiss; one over a few new uploads only adds. */
  dismissStale?: boolean;
  now?: Date;
};

export async function applyReviewSelection(db: Db, { projectId, modelVersionId, selection, uncertaintyOf, dismissStale = true, now = new Date() }: ApplyInput) {
  let enqueued = 0;
  for (const { paintingId, priority } of selection.unsure) {
    await enqueueReview(db, { projectId, paintingId, reason: "MODEL_UNSURE", score: priority, modelVersionId, uncertainty: uncertaintyOf.get(paintingId) ?? priority });
    enqueued++;
  }
  for (const { paintingId, priority } of selection.disagrees) {
    await enqueueReview(db, { projectId, paintingId, reason: "MODEL_DISAGREES", score: priority, modelVersionId, uncertainty: uncertaintyOf.get(paintingId) ?? null });
    enqueued++;
  }
  if (!dismissStale) return { enqueued, removed: 0 };
  const keep = { MODEL_UNSURE: selection.unsure.map((c) => c.paintingId), MODEL_DISAGREES: selection.disagrees.map((c) => c.paintingId) };
  let removed = 0;
  for (const [reason, paintingIds] of Object.entries(keep) as [keyof typeof keep, string[]][]) {
    const result = await db.reviewQueueEntry.updateMany({
      where: {
        projectId,
        reason,
        status: "OPEN",
        paintingId: { notIn: paintingIds },
        OR: [{ claimedById: null }, { claimExpiresAt: { lt: now } }],
      },
      data: { status: "DISMISSED", resolvedAt: now },
    });
    removed += result.count;
  }
  return { enqueued, removed };
}
