import { Z_95 } from "./accuracy-interval";
import { majorityClass } from "./majority-class";

export type AucInterval = { estimate: number; lower: number; upper: number; standardError: number; positives: number; negatives: number };

/**
 * Hanley & McNeil (1982) 95% interval for a ROC AUC from `positives` and `negatives` cases:
 *   Q1 = A / (2 - A),  Q2 = 2A^2 / (1 + A)
 *   SE^2 = (A(1-A) + (nP-1)(Q1-A^2) + (nN-1)(Q2-A^2)) / (nP nN)
 * A closed form, so a bench can print it without resampling; it assumes the exponential score
 * model and is a little wide near AUC 1, which errs on the honest side for a small test split.
 * Null when either class is absent (no AUC exists).
 */
export function aucInterval(auc: number, positives: number, negatives: number, z = Z_95): AucInterval | null {
  if (!(auc >= 0 && auc <= 1)) throw new RangeError(`auc must be in [0, 1], got ${auc}`);
  for (const n of [positives, negatives]) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`counts must be non-negative integers, got ${n}`);
  }
  if (positives === 0 || negatives === 0) return null;
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
  const standardError = Math.sqrt(Math.max(0, variance));
  return {
    estimate: auc,
    lower: Math.max(0, auc - z * standardError),
    upper: Math.min(1, auc + z * standardError),
    standardError,
    positives,
    negatives,
  };
}

/** Accuracy of always answering the most frequent class, from raw labels; see majorityClass. */
export function majorityBaseline(labels: readonly number[]): { classIndex: number; accuracy: number } | null {
  const counts: number[] = [];
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  const majority = majorityClass(Array.from(counts, (count) => count ?? 0));
  return majority && { classIndex: majority.classIndex, accuracy: majority.rate };
}
