// The vocabulary of run warnings, apart from the rules that raise them, so each rule file
// (epoch, chance, split) depends on these types and none on another rule file.

export type EpochStats = {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  /** The whole epoch, validation included. */
  wallSeconds: number;
  samplesSeen: number;
  expectedSamples: number;
  /** Training images per second of the training phase (validation excluded). */
  imagesPerSecond: number;
};

/** What one epoch stores (an EpochMetric row): the figures the warnings read and its learning rate. */
export type EpochRecord = EpochStats & { learningRate: number };

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
  | "dataset/shortcut"
  | "dataset/shortcut_residual"
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
