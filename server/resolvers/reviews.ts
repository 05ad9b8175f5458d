import type { Db } from "@/server/db/client";
import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { claimNextReview } from "@/server/services/review/claim-next-review";
import { getReviewItem } from "@/server/services/review/get-review-item";
import { listPaintingReviews } from "@/server/services/review/list-painting-reviews";
import { listReviewQueue } from "@/server/services/review/list-review-queue";
import { releaseReviewClaim } from "@/server/services/review/release-review-claim";
import { resolveReview } from "@/server/services/review/resolve-review";
import { requireProject, requireRecord } from "./project-access";
import { requireViewer } from "./require-viewer";

const user = (db: Db, id: string | null) => (id ? db.user.findUnique({ where: { id } }) : null);
const labelClass = (db: Db, id: string | null) => (id ? db.labelClass.findUnique({ where: { id } }) : null);

export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: async (_parent, { projectId, reason, first, offset }, context) => {
      await requireProject(context, projectId);
      return listReviewQueue(context.db, { projectId, viewerId: requireViewer(context).id, reason, first: first ?? undefined, offset: offset ?? undefined });
    },
    reviewItem: async (_parent, { entryId }, context) => {
      await requireRecord(context, { entryId });
      return getReviewItem(context.db, { entryId, viewer: requireViewer(context) });
    },
  },
  Mutation: {
    claimNextReview: async (_parent, { projectId, reason }, context) => {
      await requireProject(context, projectId);
      return claimNextReview(context.db, { projectId, reviewerId: requireViewer(context).id, reason });
    },
    resolveReview: async (_parent, { input }, context) => {
      await requireRecord(context, { entryId: input.entryId });
      return resolveReview(context.db, { reviewer: requireViewer(context), input });
    },
    releaseReviewClaim: async (_parent, { entryId }, context) => {
      await requireRecord(context, { entryId });
      return releaseReviewClaim(context.db, { entryId, reviewer: requireViewer(context) });
    },
  },
  ReviewEntry: {
    // Reviewers see every painting's outcome (painting-visibility.ts), so the flag is known here.
    painting: async (entry, _args, { db }) => ({ ...(await db.painting.findUniqueOrThrow({ where: { id: entry.paintingId } })), outcomeVisible: true }),
    claimedBy: (entry, _args, { db }) => user(db, entry.claimedById),
    review: (entry, _args, { db }) => db.review.findUnique({ where: { entryId: entry.id } }),
  },
  Review: {
    reason: async (review, _args, { db }) => (await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: review.entryId }, select: { reason: true } })).reason,
    finalLabel: (review, _args, { db }) => labelClass(db, review.finalLabelId),
    reviewer: (review, _args, { db }) => db.user.findUniqueOrThrow({ where: { id: review.reviewerId } }),
  },
  ReviewAnnotation: {
    label: (annotation) => annotation.labelClass,
  },
  Painting: {
    reviews: (painting, _args, context) => listPaintingReviews(context.db, requireViewer(context), painting),
  },
};
