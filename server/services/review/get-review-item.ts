// Everything a reviewer needs to decide one entry: the painting, every label of the current round
// with who gave it and why, the model's latest probabilities, earlier reviews, and the painting's
// other open reasons (one decision settles them all). Near-duplicates and the full history come
// from the Painting type itself.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { latestPrediction } from "./latest-prediction";
import { labeledByViewer, mayDecide, readClaimState } from "./may-decide";
import type { ReviewItemModel } from "./review-models";

export async function getReviewItem(db: Db, { entryId, viewer }: { entryId: string; viewer: Viewer }): Promise<ReviewItemModel> {
  const entry = await db.reviewQueueEntry.findUnique({ where: { id: entryId }, include: { painting: true } });
  if (!entry) throw notFound("review/not_found", "review entry", entryId);
  const { painting, ...row } = entry;
  const labelClasses = await db.labelClass.findMany({ where: { projectId: row.projectId }, orderBy: { position: "asc" } });
  const [annotations, openEntries, previousReviews, prediction, claim, ownLabel] = await Promise.all([
    db.annotation.findMany({
      where: { paintingId: painting.id, round: painting.labelRound },
      include: { annotator: true, labelClass: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.reviewQueueEntry.findMany({ where: { paintingId: painting.id, status: "OPEN" }, orderBy: { priority: "desc" }, select: { reason: true } }),
    db.review.findMany({ where: { paintingId: painting.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    latestPrediction(db, painting.id, labelClasses),
    readClaimState(db, entryId),
    labeledByViewer(db, painting.id, viewer),
  ]);
  return {
    entry: row,
    painting: { ...painting, outcomeVisible: true },
    openReasons: openEntries.map((open) => open.reason),
    labelClasses,
    annotations,
    prediction,
    previousReviews,
    // A reviewer deciding a gold painting confirms (or, as a manager, corrects) its known answer,
    // so they must see it; annotators never reach this.
    goldLabel: painting.isGold ? (labelClasses.find((c) => c.id === painting.goldLabelId) ?? null) : null,
    canDecide: claim && !ownLabel ? mayDecide(claim, viewer) : false,
  };
}
