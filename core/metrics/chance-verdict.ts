// Whether a split's figures show a model better than chance. The rule, applied to the held-out
// split a run is judged on (test; validation when there is no test):
//   NOT better than chance when ANY of
//   1. its predictions collapsed to one class (see collapsedClass);
//   2. the Wilson 95% lower bound of its accuracy does not exceed the majority-class rate. The
//      interval excludes a rate exactly when the score test rejects it, so clearing the baseline
//      is a one-sided test at 2.5% of "accuracy > no-information rate" (caret's AccuracyPValue,
//      there as an exact binomial test). The rate is the split's own class share, the accuracy a
//      constant answer scores on the same items, so it is treated as known;
//   3. with two classes, the Hanley-McNeil 95% interval of its ROC AUC includes 0.5 (lower <= 0.5):
//      its scores do not rank the classes better than a coin. Skipped with more classes (the
//      interval is for a binary AUC) and when the AUC is undefined (one class absent).
// Rules 2 and 3 look at decisions and scores separately; a model must pass both to be trusted,
// since a manager acts on its decisions and the review queue on its scores.
import { accuracyInterval, type AccuracyInterval } from "./accuracy-interval";
import { aucInterval, type AucInterval } from "./auc-interval";
import { collapsedClass } from "./collapsed-predictions";
import { actualClassCounts, correctCount, majorityClass } from "./majority-class";

export type ChanceReason = "collapsed" | "accuracy_within_baseline" | "auc_includes_half";

export type ChanceVerdict = {
  sampleCount: number;
  accuracy: number;
  accuracyInterval: AccuracyInterval;
  majorityClassIndex: number;
  majorityClassRate: number;
  aucInterval: AucInterval | null;
  collapsedTo: number | null;
  reasons: ChanceReason[];
  notBetterThanChance: boolean;
};

/** Null for a split with no items: there is nothing to judge. */
export function judgeAgainstChance({ matrix, rocAuc }: { matrix: readonly (readonly number[])[]; rocAuc: number | null }): ChanceVerdict | null {
  const counts = actualClassCounts(matrix);
  const majority = majorityClass(counts);
  if (!majority) return null;
  const interval = accuracyInterval(correctCount(matrix), majority.total)!;
  // Binary AUC with the second class as positive, as the stored one-vs-rest macro AUC equals it.
  const auc = counts.length === 2 && rocAuc !== null ? aucInterval(rocAuc, counts[1]!, counts[0]!) : null;
  const collapsedTo = collapsedClass(matrix);
  const reasons: ChanceReason[] = [];
  if (collapsedTo !== null) reasons.push("collapsed");
  if (interval.lower <= majority.rate) reasons.push("accuracy_within_baseline");
  if (auc && auc.lower <= 0.5) reasons.push("auc_includes_half");
  return {
    sampleCount: majority.total,
    accuracy: interval.estimate,
    accuracyInterval: interval,
    majorityClassIndex: majority.classIndex,
    majorityClassRate: majority.rate,
    aucInterval: auc,
    collapsedTo,
    reasons,
    notBetterThanChance: reasons.length > 0,
  };
}
