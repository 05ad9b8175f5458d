// What the review resolvers hand to GraphQL (codegen maps the review types to these).
import type { Annotation, LabelClass, Review, ReviewQueueEntry, User } from "@/server/db/generated/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import type { PaintingView } from "../paintings/painting-visibility";

export type ReviewEntryModel = ReviewQueueEntry;
export type ReviewModel = Review;

export type ReviewReasonCount = { reason: ReviewReason; open: number; claimed: number };

export type ReviewQueueModel = {
  /** Open entries matching the filter. */
  total: number;
  counts: ReviewReasonCount[];
  entries: ReviewQueueEntry[];
  /** The entry the viewer holds a live claim on, to continue with. */
  myClaim: ReviewQueueEntry | null;
};

export type ReviewAnnotationModel = Annotation & { annotator: User; labelClass: LabelClass };

export type ModelProbabilityModel = { labelKey: string; label: LabelClass | null; probability: number };

export type ReviewPredictionModel = {
  modelVersion: number;
  predictedKey: string;
  confidence: number;
  uncertainty: number;
  probabilities: ModelProbabilityModel[];
  createdAt: Date;
  /** The Grad-CAM heat map's URL for this prediction; null until the worker computed one. */
  saliencyUrl: string | null;
};

export type ReviewItemModel = {
  entry: ReviewQueueEntry;
  painting: PaintingView;
  openReasons: ReviewReason[];
  labelClasses: LabelClass[];
  annotations: ReviewAnnotationModel[];
  prediction: ReviewPredictionModel | null;
  previousReviews: Review[];
  goldLabel: LabelClass | null;
  canDecide: boolean;
};

export type ResolveReviewResultModel = {
  review: Review;
  entry: ReviewQueueEntry;
  painting: PaintingView;
  closedEntries: number;
};
