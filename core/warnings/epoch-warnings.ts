import type {
  EpochStats,
  TRAINING_WARNING_THRESHOLDS,
  TrainingWarning,
} from "./warning-types";

type Thresholds = typeof TRAINING_WARNING_THRESHOLDS;

/**
 * Per-epoch sanity checks: the sample count against the training split, speed against the run's
 * median, and the first epoch at 100% training accuracy. Epochs must be sorted by epoch number.
 */
export function epochWarnings(epochs: readonly EpochStats[], t: Thresholds): TrainingWarning[] {
  return [...sampleCountWarnings(epochs), ...speedWarnings(epochs, t), ...perfectAccuracy(epochs)];
}

function sampleCountWarnings(epochs: readonly EpochStats[]): TrainingWarning[] {
  return epochs.flatMap((e): TrainingWarning[] => {
    if (e.samplesSeen === e.expectedSamples) return [];
    const short = e.samplesSeen < e.expectedSamples;
    return [{
      code: short ? "epoch/short" : "epoch/long",
      severity: short ? "error" : "warning",
      message:
        `Epoch ${e.epoch} saw ${e.samplesSeen} samples; ` +
        `the training split has ${e.expectedSamples}.`,
      epoch: e.epoch,
    }];
  });
}

// Against the median, not the mean, so one broken epoch cannot drag the baseline towards itself.
// A single epoch has nothing to be compared with.
function speedWarnings(epochs: readonly EpochStats[], t: Thresholds): TrainingWarning[] {
  if (epochs.length < 2) return [];
  const wall = median(epochs.map((e) => e.wallSeconds));
  const speed = median(epochs.map((e) => e.imagesPerSecond));
  return epochs.flatMap((e): TrainingWarning[] => {
    const fast =
      (wall > 0 && e.wallSeconds < wall * t.tooFastRatio) ||
      (speed > 0 && e.imagesPerSecond > speed / t.tooFastRatio);
    const slow =
      (wall > 0 && e.wallSeconds > wall * t.tooSlowRatio) ||
      (speed > 0 && e.imagesPerSecond < speed / t.tooSlowRatio);
    if (!fast && !slow) return [];
    const figures =
      `Epoch ${e.epoch} took ${round(e.wallSeconds)} s at ${round(e.imagesPerSecond)} images/s; ` +
      `run median ${round(wall)} s at ${round(speed)} images/s`;
    return fast
      ? [{ code: "epoch/too_fast", severity: "error", epoch: e.epoch,
          message: `${figures}. It probably skipped work.` }]
      : [{ code: "epoch/too_slow", severity: "info", epoch: e.epoch, message: `${figures}.` }];
  });
}

function perfectAccuracy(epochs: readonly EpochStats[]): TrainingWarning[] {
  const first = epochs.find((e) => e.trainAccuracy >= 1);
  if (!first) return [];
  return [{
    code: "train/perfect_accuracy",
    severity: "warning",
    epoch: first.epoch,
    message:
      `Training accuracy reached 100% at epoch ${first.epoch}: ` +
      "the model may be memorising, or the label may leak into the input.",
  }];
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x: number) => Number(x.toFixed(3)).toString();
