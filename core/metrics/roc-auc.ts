export type MacroRocAuc = {
  /** Mean of the one-vs-rest AUCs; null when any class's AUC is undefined. */
  macro: number | null;
  perClass: (number | null)[];
};

/**
 * Binary ROC AUC via the rank (Mann-Whitney U) formula:
 *   AUC = (sum of positive ranks - P(P+1)/2) / (P * N)
 * with tied scores given their average rank, so a positive tied with a negative counts as half a
 * win, exactly the area under the step curve with diagonal segments at ties.
 * Null when there are no positives or no negatives: the AUC is undefined, not 0.5.
 */
export function rocAuc(scores: readonly number[], positives: readonly boolean[]): number | null {
  checkInputs(scores, positives);
  const p = positives.filter(Boolean).length;
  const n = positives.length - p;
  if (p === 0 || n === 0) return null;

  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    // Ranks are 1-based; a tie block from start..end shares the mean of its ranks.
    const averageRank = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) if (positives[order[j]]) positiveRankSum += averageRank;
    start = end + 1;
  }
  return (positiveRankSum - (p * (p + 1)) / 2) / (p * n);
}

/**
 * One-vs-rest AUC per class from probability rows, and their unweighted mean. The macro figure
 * is null if any class lacks positives or negatives, since averaging only the defined ones would
 * report a number for a model that was never tested on some class.
 */
export function macroRocAuc(
  probabilities: readonly (readonly number[])[],
  actual: readonly number[],
  classCount: number,
): MacroRocAuc {
  if (probabilities.length !== actual.length) {
    throw new RangeError("probabilities and actual differ in length");
  }
  if (probabilities.some((row) => row.length !== classCount)) {
    throw new RangeError(`every probability row must have ${classCount} entries`);
  }
  const perClass = Array.from({ length: classCount }, (_, c) =>
    rocAuc(
      probabilities.map((row) => row[c]),
      actual.map((a) => a === c),
    ),
  );
  const defined = perClass.filter((v): v is number => v !== null);
  const macro =
    defined.length === classCount && classCount > 0
      ? defined.reduce((acc, v) => acc + v, 0) / classCount
      : null;
  return { macro, perClass };
}

function checkInputs(scores: readonly number[], positives: readonly boolean[]): void {
  if (scores.length !== positives.length) {
    throw new RangeError("scores and positives differ in length");
  }
  // NaN would make the sort order, and so the AUC, arbitrary.
  if (scores.some((s) => !Number.isFinite(s))) throw new RangeError("scores must be finite");
}
