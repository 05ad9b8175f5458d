// The rows a Review's GraphQL fields read beside the review itself, kept here so the resolver
// stays thin.
import type { Db } from "@/server/db/client";
import type { Review } from "@/server/db/generated/client";

export const reviewRelations = {
  reason: async (db: Db, review: Pick<Review, "entryId">) =>
    (await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: review.entryId }, select: { reason: true } })).reason,
  finalLabel: (db: Db, review: Pick<Review, "finalLabelId">) =>
    (review.finalLabelId ? db.labelClass.findUnique({ where: { id: review.finalLabelId } }) : null),
  reviewer: (db: Db, review: Pick<Review, "reviewerId">) => db.user.findUniqueOrThrow({ where: { id: review.reviewerId } }),
};
