import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { claimNextReview } from "@/server/services/review/claim-next-review";
import { getReviewItem } from "@/server/services/review/get-review-item";
import { listPaintingReviews } from "@/server/services/review/list-painting-reviews";
import { listReviewQueue } from "@/server/services/review/list-review-queue";
import { releaseReviewClaim } from "@/server/services/review/release-review-claim";
import { resolveReview } from "@/server/services/review/resolve-review";
import { requireProject, requireRecord } from "./project-access";
import { reviewEntryRelations } from "@/server/services/review/review-entry-relations";
import { reviewRelations } from "@/server/services/review/review-relations";
import { requireViewer } from "./require-viewer";

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
    painting: (entry, _args, { db }) => reviewEntryRelations.painting(db, entry),
    claimedBy: (entry, _args, { db }) => reviewEntryRelations.claimedBy(db, entry),
    review: (entry, _args, { db }) => reviewEntryRelations.review(db, entry),
  },
  Review: {
    reason: (review, _args, { db }) => reviewRelations.reason(db, review),
    finalLabel: (review, _args, { db }) => reviewRelations.finalLabel(db, review),
    reviewer: (review, _args, { db }) => reviewRelations.reviewer(db, review),
  },
  ReviewAnnotation: {
    label: (annotation) => annotation.labelClass,
  },
  Painting: {
    reviews: (painting, _args, context) => listPaintingReviews(context.db, requireViewer(context), painting),
  },
};
