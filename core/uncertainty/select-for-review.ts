import { argmax } from "../metrics/argmax";

export type ScoredItem = {
  paintingId: string;
  probabilities: readonly number[];
  uncertainty: number;
  approvedLabelIndex?: number | null;
};

export type ReviewCandidate = { paintingId: string; priority: number };

export type Disagreement = ReviewCandidate & {
  predictedLabelIndex: number;
  approvedLabelIndex: number;
};

export type ReviewSelection = { unsure: ReviewCandidate[]; disagrees: Disagreement[] };

/**
 * Picks paintings for human review.
 * unsure: uncertainty >= threshold, then (if a budget is set) the `budget` most uncertain of
 * those; with only a budget, the `budget` most uncertain overall. Priority is the uncertainty.
 * disagrees: an approved label exists, the model's top probability is >= contradictionConfidence,
 * and the approved label is not among the model's top classes (a tie for top with the approved
 * label is not a contradiction). Priority is the model's confidence. Not capped by the budget:
 * a confident contradiction of an approved label is a possible labelling error, not a sampling
 * choice. A painting may appear in both lists.
 * Both lists are sorted by priority descending, ties by paintingId, so reruns give the same queue.
 */
export function selectForReview({
  items,
  threshold = null,
  budget = null,
  contradictionConfidence,
}: {
  items: readonly ScoredItem[];
  threshold?: number | null;
  budget?: number | null;
  contradictionConfidence: number;
}): ReviewSelection {
  if (threshold === null && budget === null) {
    throw new RangeError("selectForReview needs a threshold, a budget, or both");
  }
  if (budget !== null && (!Number.isInteger(budget) || budget < 0)) {
    throw new RangeError(`budget must be a non-negative integer, got ${budget}`);
  }
  // NaN would fail every threshold silently and make the sort order arbitrary.
  const invalid = items.find((item) => !Number.isFinite(item.uncertainty));
  if (invalid) throw new RangeError(`uncertainty of ${invalid.paintingId} is not a number`);
  const unsure = items
    .filter((item) => threshold === null || item.uncertainty >= threshold)
    .map((item) => ({ paintingId: item.paintingId, priority: item.uncertainty }))
    .sort(byPriority)
    .slice(0, budget ?? undefined);

  const disagrees: Disagreement[] = [];
  for (const item of items) {
    const approved = item.approvedLabelIndex;
    if (approved === null || approved === undefined) continue;
    if (!Number.isInteger(approved) || approved < 0 || approved >= item.probabilities.length) {
      throw new RangeError(`approvedLabelIndex ${approved} out of range for ${item.paintingId}`);
    }
    const predicted = argmax(item.probabilities);
    const confidence = item.probabilities[predicted];
    if (confidence >= contradictionConfidence && item.probabilities[approved] < confidence) {
      disagrees.push({
        paintingId: item.paintingId,
        priority: confidence,
        predictedLabelIndex: predicted,
        approvedLabelIndex: approved,
      });
    }
  }
  disagrees.sort(byPriority);
  return { unsure, disagrees };
}

function byPriority(a: ReviewCandidate, b: ReviewCandidate): number {
  return b.priority - a.priority || (a.paintingId < b.paintingId ? -1 : a.paintingId > b.paintingId ? 1 : 0);
}

