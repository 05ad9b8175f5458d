// Words for the review enums, shared by the queue and the review screen.
import type { ReviewReason, ReviewReasonCode } from "../graphql/generated";

export const REASON_LABELS: Record<ReviewReason, string> = {
  DISAGREEMENT: "Annotators disagree",
  GOLD_FAILED: "Gold check failed",
  MODEL_DISAGREES: "Model contradicts label",
  MODEL_UNSURE: "Model unsure",
  SPOT_CHECK: "Spot check",
};

export const REASON_CODE_LABELS: Record<ReviewReasonCode, string> = {
  ARTIFACTS_HANDS_TEXT: "Artifacts (hands, text)",
  BRUSHWORK: "Brushwork",
  PROVENANCE_KNOWN: "Provenance known",
  MODEL_CORRECT: "Model was right",
  ANNOTATOR_ERROR: "Annotator error",
  OTHER: "Other",
};

export const isReason = (value: string | null): value is ReviewReason => value !== null && value in REASON_LABELS;
