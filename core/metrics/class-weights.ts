export type ClassWeights = {
  counts: number[];
  /** n / (k * count_c) over the k classes present; 0 for a class with no items. */
  weights: number[];
  /** Largest class count over smallest; null when some class has no items (or none do). */
  imbalanceRatio: number | null;
  /** Class indices with no items at all, which no weight can make the model learn. */
  missingClasses: number[];
};

/**
 * "Balanced" class weights, n / (k * count_c), as in scikit-learn's compute_class_weight: each
 * present class then carries the same total weight n / k, so the loss no longer favours the
 * majority class. k counts only the present classes so the weights still sum (over items) to n.
 */
export function classWeights(labels: readonly number[], classCount: number): ClassWeights {
  if (!Number.isInteger(classCount) || classCount < 1) {
    throw new RangeError(`classCount must be a positive integer, got ${classCount}`);
  }
  const counts = new Array<number>(classCount).fill(0);
  for (const label of labels) {
    if (!Number.isInteger(label) || label < 0 || label >= classCount) {
      throw new RangeError(`label ${label} outside 0..${classCount - 1}`);
    }
    counts[label] += 1;
  }
  const present = counts.filter((c) => c > 0);
  const missingClasses = counts.flatMap((c, i) => (c === 0 ? [i] : []));
  const n = labels.length;
  return {
    counts,
    weights: counts.map((c) => (c === 0 ? 0 : n / (present.length * c))),
    imbalanceRatio:
      missingClasses.length > 0 ? null : Math.max(...counts) / Math.min(...counts),
    missingClasses,
  };
}
