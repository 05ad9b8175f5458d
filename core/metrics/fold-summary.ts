// Mean and spread of the cross-validation folds' held-out figures. Pure, so it is unit-tested
// against hand-computed values.
import { actualClassCounts, majorityClass } from "./majority-class";
import { isCrossValidationFold, type ModelFold } from "./model-fold";

/** confusionMatrix (rows actual) gives each fold's majority-class baseline. */
export type FoldFigures = { fold: ModelFold; accuracy: number; macroF1: number; confusionMatrix?: unknown };

export type CrossValidationSummary = {
  folds: number;
  accuracyMean: number;
  /** Sample standard deviation (n - 1): the folds are a sample of the splits the data allows. */
  accuracyStd: number | null;
  macroF1Mean: number;
  macroF1Std: number | null;
  /** Mean of the folds' majority-class rates: the baseline the mean accuracy stands beside. Null when a fold has no matrix. */
  majorityClassRateMean: number | null;
};

/** Null when the run has no fold reports (it trained once, without cross-validation). */
export function summarizeFolds(reports: readonly FoldFigures[]): CrossValidationSummary | null {
  const folds = reports.filter((report) => isCrossValidationFold(report.fold));
  if (folds.length === 0) return null;
  const accuracy = folds.map((report) => report.accuracy);
  const macroF1 = folds.map((report) => report.macroF1);
  return {
    folds: folds.length,
    accuracyMean: mean(accuracy),
    accuracyStd: sampleStd(accuracy),
    macroF1Mean: mean(macroF1),
    macroF1Std: sampleStd(macroF1),
    majorityClassRateMean: meanMajorityRate(folds),
  };
}

function meanMajorityRate(folds: readonly FoldFigures[]): number | null {
  const rates = folds.map((report) => {
    const matrix = report.confusionMatrix;
    if (!Array.isArray(matrix)) return null;
    return majorityClass(actualClassCounts(matrix as number[][]))?.rate ?? null;
  });
  return rates.every((rate): rate is number => rate !== null) ? mean(rates) : null;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Null for a single value: one fold says nothing about spread. */
export function sampleStd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
}
