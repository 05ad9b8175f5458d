import { accuracyInterval } from "./accuracy-interval";
import { chanceWarnings, type JudgedSplit } from "./chance-warnings";
import { epochWarnings } from "./epoch-warnings";

export type EpochStats = {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  wallSeconds: number;
  samplesSeen: number;
  expectedSamples: number;
  imagesPerSecond: number;
};

export type TrainingWarningCode =
  | "epoch/short"
  | "epoch/long"
  | "epoch/too_fast"
  | "epoch/too_slow"
  | "train/perfect_accuracy"
  | "overfit/growing_gap"
  | "split/empty"
  | "split/too_small"
  | "split/duplicate_leak"
  | "model/not_better_than_chance"
  | "model/collapsed_to_one_class"
  // A run's final model on an external evaluation set (server/services/runs/evaluation-set-figures.ts).
  | "evaluation_set/not_better_than_chance"
  | "evaluation_set/duplicate_leak";

export type TrainingWarning = {
  code: TrainingWarningCode;
  severity: "error" | "warning" | "info";
  message: string;
  epoch?: number;
};

export const TRAINING_WARNING_THRESHOLDS = {
  /** An epoch under this share of the median wall time (or over its inverse in images/s). */
  tooFastRatio: 0.2,
  /** An epoch over this multiple of the median wall time (or under its inverse in images/s). */
  tooSlowRatio: 5,
  /** Epochs in a row over which validation loss rising and training loss falling means drift. */
  gapWindow: 3,
  /** Final train-minus-validation accuracy above which the model is memorising. */
  accuracyGap: 0.1,
  /** Wilson 95% half-width above which a split's accuracy is too noisy to act on. */
  maxHalfWidth: 0.1,
};

export type TrainingWarningsInput = {
  epochs: readonly EpochStats[];
  testSize: number;
  validationSize: number;
  testAccuracy: number | null;
  crossSplitDuplicates: number;
  /** The held-out split the run is judged on against chance (test, else validation). */
  judged?: JudgedSplit | null;
  thresholds?: Partial<typeof TRAINING_WARNING_THRESHOLDS>;
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Problems a manager should see before trusting a run's figures, errors first. */
export function trainingWarnings({
  epochs,
  testSize,
  validationSize,
  testAccuracy,
  crossSplitDuplicates,
  judged,
  thresholds,
}: TrainingWarningsInput): TrainingWarning[] {
  const t = { ...TRAINING_WARNING_THRESHOLDS, ...thresholds };
  const sorted = [...epochs].sort((a, b) => a.epoch - b.epoch);
  // The validation figure a run shows is its latest one.
  const lastVal = sorted.findLast((e) => e.valAccuracy !== null)?.valAccuracy ?? null;
  // The chance verdict leads: it decides whether any figure below is worth reading.
  const warnings = [
    ...(judged ? chanceWarnings(judged) : []),
    ...epochWarnings(sorted, t),
    ...overfitWarnings(sorted, t),
    ...splitSizeWarnings("Validation", validationSize, lastVal, t.maxHalfWidth),
    ...splitSizeWarnings("Test", testSize, testAccuracy, t.maxHalfWidth),
  ];
  if (crossSplitDuplicates > 0) {
    warnings.push({
      code: "split/duplicate_leak",
      severity: "error",
      message:
        `${crossSplitDuplicates} near-duplicate pair(s) span different splits; ` +
        "held-out scores are inflated.",
    });
  }
  // Array.prototype.sort is stable, so checks keep their order within a severity.
  return warnings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function overfitWarnings(
  epochs: readonly EpochStats[],
  t: typeof TRAINING_WARNING_THRESHOLDS,
): TrainingWarning[] {
  const warnings: TrainingWarning[] = [];
  const last = epochs.at(-1);
  if (!last) return warnings;
  const tail = epochs.slice(-t.gapWindow);
  const diverging =
    t.gapWindow >= 2 &&
    tail.length === t.gapWindow &&
    tail.every((e, i) => {
      if (i === 0) return true;
      const prev = tail[i - 1];
      return e.valLoss !== null && prev.valLoss !== null &&
        e.valLoss > prev.valLoss && e.trainLoss < prev.trainLoss;
    });
  if (diverging) {
    const first = tail[0];
    warnings.push({
      code: "overfit/growing_gap",
      severity: "warning",
      epoch: last.epoch,
      message:
        `Over epochs ${first.epoch}-${last.epoch} validation loss rose ` +
        `${round(first.valLoss!)} to ${round(last.valLoss!)} while training loss fell ` +
        `${round(first.trainLoss)} to ${round(last.trainLoss)}.`,
    });
  }
  if (last.valAccuracy !== null && last.trainAccuracy - last.valAccuracy > t.accuracyGap) {
    warnings.push({
      code: "overfit/growing_gap",
      severity: "warning",
      epoch: last.epoch,
      message:
        `Training accuracy ${pct(last.trainAccuracy)} vs validation ${pct(last.valAccuracy)} ` +
        `at epoch ${last.epoch}.`,
    });
  }
  return warnings;
}

function splitSizeWarnings(
  name: string,
  size: number,
  accuracy: number | null,
  maxHalfWidth: number,
): TrainingWarning[] {
  if (size === 0) {
    return [{ code: "split/empty", severity: "warning",
      message: `${name} split is empty; no held-out accuracy can be reported.` }];
  }
  if (accuracy === null) return [];
  const correct = Math.min(size, Math.max(0, Math.round(accuracy * size)));
  const interval = accuracyInterval(correct, size)!;
  if (interval.halfWidth <= maxHalfWidth) return [];
  return [{
    code: "split/too_small",
    severity: "warning",
    message:
      `${name} accuracy ${pct(accuracy)} on ${size} items: ` +
      `95% interval ${pct(interval.lower)} to ${pct(interval.upper)}.`,
  }];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const round = (x: number) => Number(x.toFixed(3)).toString();
