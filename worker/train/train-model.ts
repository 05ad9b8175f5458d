// Trains a model the way the research describes (Adam at 0.001, categorical cross-entropy, class
// weights, augmentation, 10 epochs, validation each epoch, early stopping on validation loss with
// the best weights restored; patience counts against the trailing mean of 3 validation losses,
// see early-stopping.ts) with a manual loop, so every epoch is checked to have seen the whole
// training split and reports its own throughput.
import * as tf from "@tensorflow/tfjs";
import { DEFAULT_AUGMENTATION, type AugmentOptions } from "@/worker/data/augment";
import { seededRandom } from "@/core/random/seeded-random";
import { type BatchSource, type TensorDataset, toBatchSource } from "./batch-source";
import { initialEarlyStopping, updateEarlyStopping, VALIDATION_LOSS_WINDOW } from "./early-stopping";
import type { EpochRecord } from "@/core/warnings/warning-types";
import { evaluateModel } from "./evaluate-model";
import { type BatchProgress, trainEpoch } from "./train-epoch";
import { checkTrainInputs, resolveClassWeights } from "./train-inputs";

/** An epoch as training reports it: the stored record, always validated, and a leak check. */
export type TrainedEpoch = EpochRecord & {
  valLoss: number;
  valAccuracy: number;
  /** Live tensors after the epoch; flat from epoch 2 on unless something leaks. */
  tensorCount: number;
};

export type TrainOptions = {
  model: tf.LayersModel;
  train: TensorDataset | BatchSource;
  validation: TensorDataset | BatchSource;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** Epochs without val-loss improvement before stopping; Infinity disables early stopping. */
  patience?: number;
  minDelta?: number;
  /** Chance-level validation loss: epochs before the best loss drops below it do not count toward patience. */
  plateauLoss?: number;
  /** Patience counts against the mean of this many last validation losses (early-stopping.ts); 1 is Keras's rule. */
  validationLossWindow?: number;
  /** Time budget for the whole training: no epoch starts that would, at the last epoch's pace, end past it. */
  maxSeconds?: number;
  /** Per-class loss weights, or "balanced" (n / (k * count)) from the training labels. */
  classWeights?: readonly number[] | "balanced";
  augment?: AugmentOptions | false;
  seed?: number;
  onEpoch?: (record: TrainedEpoch) => void | Promise<void>;
  onBatch?: (progress: BatchProgress) => void | Promise<void>;
  shouldStop?: () => boolean | Promise<boolean>;
};

export type TrainResult = {
  epochs: TrainedEpoch[];
  bestEpoch: number | null;
  bestValLoss: number | null;
  stopReason: "completed" | "early-stopping" | "time-limit" | "cancelled";
  restoredBestWeights: boolean;
  classWeights: number[] | null;
};

export async function trainModel(options: TrainOptions): Promise<TrainResult> {
  const { model, epochs = 10, batchSize = 32, learningRate = 0.001, patience = 3, minDelta = 0, plateauLoss, maxSeconds = Infinity } = options;
  const { augment = DEFAULT_AUGMENTATION, seed = 0, onEpoch, onBatch, shouldStop, validationLossWindow = VALIDATION_LOSS_WINDOW } = options;
  const train = toBatchSource(options.train);
  const validation = toBatchSource(options.validation);
  checkTrainInputs(model, train, validation, { epochs, batchSize });
  const weights = resolveClassWeights(options.classWeights, train);

  const optimizer = tf.train.adam(learningRate);
  const random = seededRandom(seed ^ 0x5bd1e995);
  const records: TrainedEpoch[] = [];
  let stopping = initialEarlyStopping;
  let best: tf.Tensor[] | null = null;
  let stopReason: TrainResult["stopReason"] = "completed";
  const begun = performance.now();
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const elapsed = (performance.now() - begun) / 1000;
      const lastEpoch = records.at(-1)?.wallSeconds ?? 0;
      if (epoch > 1 && elapsed + lastEpoch > maxSeconds) {
        stopReason = "time-limit";
        break;
      }
      const started = performance.now();
      const totals = await trainEpoch({
        model, optimizer, source: train, epoch: epoch - 1, batchSize, seed, classWeights: weights ?? undefined,
        augment, random, shouldStop, onBatch: onBatch && ((p) => onBatch({ ...p, epoch })),
      });
      if (totals.cancelled) {
        stopReason = "cancelled";
        break;
      }
      if (totals.samplesSeen !== train.size) {
        throw new Error(
          `epoch ${epoch} trained on ${totals.samplesSeen} samples but the training split has ${train.size}; ` +
            "every epoch must see every training sample exactly once",
        );
      }
      const trainSeconds = (performance.now() - started) / 1000;
      const val = await evaluateModel(model, validation, { batchSize });
      const update = updateEarlyStopping(stopping, { epoch, valLoss: val.loss }, { patience, minDelta, plateauLoss, window: validationLossWindow });
      stopping = update.state;
      if (update.improved) {
        tf.dispose(best ?? []);
        // Clones share the variables' current buffers; Adam's next step assigns new ones.
        best = model.getWeights().map((w) => w.clone());
      }
      const record: TrainedEpoch = {
        epoch,
        trainLoss: totals.loss,
        trainAccuracy: totals.accuracy,
        valLoss: val.loss,
        valAccuracy: val.accuracy,
        wallSeconds: (performance.now() - started) / 1000,
        samplesSeen: totals.samplesSeen,
        expectedSamples: train.size,
        imagesPerSecond: totals.samplesSeen / trainSeconds,
        learningRate,
        tensorCount: tf.memory().numTensors,
      };
      records.push(record);
      await onEpoch?.(record);
      if (update.stop) {
        stopReason = epoch < epochs ? "early-stopping" : "completed";
        break;
      }
    }
    if (best) model.setWeights(best);
  } finally {
    tf.dispose(best ?? []);
    optimizer.dispose();
  }
  return {
    epochs: records,
    bestEpoch: stopping.bestEpoch,
    bestValLoss: stopping.bestEpoch === null ? null : stopping.bestLoss,
    stopReason,
    restoredBestWeights: best !== null,
    classWeights: weights,
  };
}
