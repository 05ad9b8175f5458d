// Review queue order: disputes first, then failed gold checks and model disagreements, then
// model uncertainty (0..1), then spot checks. Entries sort by priority, highest first.
import type { ReviewReason } from "@/server/db/generated/enums";

const BASE: Record<ReviewReason, number> = {
  DISAGREEMENT: 30,
  GOLD_FAILED: 20,
  MODEL_DISAGREES: 10,
  MODEL_UNSURE: 0,
  SPOT_CHECK: -10,
};

/** `score` orders entries of the same reason: model uncertainty or confidence in [0, 1]. */
export function reviewPriority(reason: ReviewReason, score = 0): number {
  return BASE[reason] + Math.min(1, Math.max(0, score));
}
