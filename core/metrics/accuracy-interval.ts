/** Two-sided 95% normal quantile, rounded as in most textbooks (exact: 1.959964). */
export const Z_95 = 1.96;

export type AccuracyInterval = {
  estimate: number;
  lower: number;
  upper: number;
  /** (upper - lower) / 2: how far the shown accuracy could plausibly move. */
  halfWidth: number;
  total: number;
};

/**
 * Wilson score interval for an accuracy of `correct` out of `total`. Unlike the normal
 * approximation p +/- z*sqrt(p(1-p)/n), it stays inside [0, 1] and does not collapse to zero width
 * at 100% accuracy, which is exactly when a small test split is most misleading.
 *   center    = (p + z^2/(2n)) / (1 + z^2/n)
 *   halfWidth = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2))
 * Null when total is 0: there is no accuracy to bound.
 */
export function accuracyInterval(correct: number, total: number, z = Z_95): AccuracyInterval | null {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`bad total ${total}`);
  if (!Number.isInteger(correct) || correct < 0 || correct > total) {
    throw new RangeError(`correct must be an integer in [0, ${total}], got ${correct}`);
  }
  if (total === 0) return null;
  const p = correct / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const center = (p + z2 / (2 * total)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return {
    estimate: p,
    lower: Math.max(0, center - halfWidth),
    upper: Math.min(1, center + halfWidth),
    halfWidth,
    total,
  };
}
