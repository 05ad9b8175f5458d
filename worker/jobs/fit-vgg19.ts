// One training of VGG19 on given splits: builds the network from the run's resolved config,
// optionally loads pretrained convolution weights, streams the images from storage batch by batch,
// and stores every epoch's figures as they come.
import type * as tf from "@tensorflow/tfjs";
import path from "node:path";
import { getConfig } from "@/server/config";
import type { Db } from "@/server/db/client";
import type { TrainingConfig } from "@/server/services/runs/training-config";
import type { BlobStorage } from "@/server/storage/storage";
import type { SnapshotSplit } from "@/worker/data/snapshot-items";
import { foldLabel, isFinalModel, type ModelFold } from "@/core/metrics/model-fold";
import { seededRandom } from "@/core/random/seeded-random";
import { loadPretrained } from "@/worker/model/load-pretrained";
import { PRESET_TRAINING, resolvePreset } from "@/core/model/presets";
import { buildVgg19 } from "@/worker/model/vgg19";
import type { RunTracker } from "@/worker/runs/run-tracker";
import { saveEpochMetric } from "@/worker/runs/save-epoch-metric";
import type { BatchSource } from "@/worker/train/batch-source";
import { evaluationSource, trainingSource, type ViewSize } from "@/worker/train/stored-image-source";
import { trainModel } from "@/worker/train/train-model";

export type FitContext = {
  db: Db; storage: BlobStorage; runId: string; config: TrainingConfig; tracker: RunTracker; view: ViewSize; classKeys: string[];
};
type FitInput = { fold: ModelFold; train: SnapshotSplit; validation: SnapshotSplit; progress: { start: number; share: number } };

export function viewSize(config: TrainingConfig): ViewSize {
  return { inputSize: resolvePreset(config.preset, { numClasses: 2 }).inputSize, decodeSize: config.decodeSize };
}

/** Validation, test and scoring all see a split the same way: the grid of windows, averaged. */
export function splitEvaluationSource(context: Pick<FitContext, "storage" | "view" | "classKeys">, split: SnapshotSplit): BatchSource {
  const { storage, view, classKeys } = context;
  return evaluationSource({ read: (i) => storage.get(split.keys[i]!), labels: split.labels, numClasses: classKeys.length }, view);
}

export async function fitVgg19(context: FitContext, { fold, train, validation, progress }: FitInput) {
  const { db, storage, runId, config, tracker, view, classKeys } = context;
  // The final model trains at the run's seed, fold i at seed + i + 1, as before folds were renumbered.
  const seed = config.seed + (isFinalModel(fold) ? 0 : fold + 1);
  const model: tf.LayersModel = buildVgg19(resolvePreset(config.preset, { numClasses: classKeys.length, seed, batchNorm: config.batchNorm }));
  if (config.pretrainedModel) {
    const root = getConfig().PRETRAINED_MODELS_DIR;
    if (!root) throw new Error("pretrainedModel was set but PRETRAINED_MODELS_DIR is not configured on the worker");
    await loadPretrained(model, { dir: path.join(root, config.pretrainedModel), freeze: config.freeze });
  }
  // "crop" presets augment with the random window and a mirror instead of the affine transform.
  // With augment off the window stays random (it is how training covers the whole decoded image)
  // but is never mirrored.
  const crop = PRESET_TRAINING[config.preset].augmentation === "crop";
  const images = { read: (i: number) => storage.get(train.keys[i]!), labels: train.labels, numClasses: classKeys.length };
  const result = await trainModel({
    model,
    train: trainingSource(images, view, { random: seededRandom(seed ^ 0x2c1b3c6d), flip: crop && config.augment }),
    validation: splitEvaluationSource(context, validation),
    epochs: config.epochs,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    patience: config.patience === 0 ? Infinity : config.patience,
    plateauLoss: Math.log(classKeys.length),
    maxSeconds: config.maxTrainingMinutes > 0 ? config.maxTrainingMinutes * 60 : Infinity,
    classWeights: "balanced",
    augment: config.augment && !crop ? undefined : false,
    seed,
    onBatch: ({ epoch, batch, batches }) => {
      const done = (epoch - 1 + batch / batches) / config.epochs;
      return tracker.progress(progress.start + progress.share * done);
    },
    onEpoch: async ({ tensorCount: _tensors, ...record }) => {
      await saveEpochMetric(db, runId, fold, record);
      await tracker.update({ message: `${isFinalModel(fold) ? "" : `${foldLabel(fold)}, `}epoch ${record.epoch}/${config.epochs}: val accuracy ${(record.valAccuracy * 100).toFixed(1)}%` });
    },
    shouldStop: () => tracker.cancelRequested(),
  });
  return { model, epochs: result.epochs.length, stopReason: result.stopReason, bestEpoch: result.bestEpoch, records: result.epochs };
}
