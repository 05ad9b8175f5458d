// One training of VGG19 on given images: builds the network from the run's preset, optionally
// loads pretrained convolution weights, and stores every epoch's figures as they come.
import type * as tf from "@tensorflow/tfjs";
import path from "node:path";
import type { Db } from "@/server/db/client";
import type { TrainingConfig } from "@/server/services/runs/training-config";
import { loadPretrained } from "@/worker/model/load-pretrained";
import { resolvePreset } from "@/worker/model/presets";
import { buildVgg19 } from "@/worker/model/vgg19";
import type { RunTracker } from "@/worker/runs/run-tracker";
import { saveEpochMetric } from "@/worker/runs/save-epoch-metric";
import { splitSource } from "@/worker/train/split-source";
import { trainModel } from "@/worker/train/train-model";

export type FitContext = { db: Db; runId: string; config: TrainingConfig; tracker: RunTracker; inputSize: number; classKeys: string[] };
type Images = { images: Float32Array[]; labels: number[] };
type FitInput = { fold: number; train: Images; validation: Images; progress: { start: number; share: number } };

export async function fitVgg19(context: FitContext, { fold, train, validation, progress }: FitInput) {
  const { db, runId, config, tracker, inputSize, classKeys } = context;
  const model: tf.LayersModel = buildVgg19({ ...resolvePreset(config.preset, { numClasses: classKeys.length, seed: config.seed + fold }) });
  if (config.pretrainedModel) {
    const root = process.env.PRETRAINED_MODELS_DIR;
    if (!root) throw new Error("pretrainedModel was set but PRETRAINED_MODELS_DIR is not configured on the worker");
    await loadPretrained(model, { dir: path.join(root, config.pretrainedModel), freeze: config.freeze });
  }
  const result = await trainModel({
    model,
    train: splitSource(train.images, train.labels, classKeys.length, inputSize),
    validation: splitSource(validation.images, validation.labels, classKeys.length, inputSize),
    epochs: config.epochs,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    patience: config.patience === 0 ? Infinity : config.patience,
    classWeights: "balanced",
    augment: config.augment ? undefined : false,
    seed: config.seed + fold,
    onBatch: ({ epoch, batch, batches }) => {
      const done = (epoch - 1 + batch / batches) / config.epochs;
      return tracker.progress(progress.start + progress.share * done);
    },
    onEpoch: async ({ tensorCount: _tensors, ...record }) => {
      await saveEpochMetric(db, runId, fold, record);
      await tracker.update({ message: `${fold ? `fold ${fold}, ` : ""}epoch ${record.epoch}/${config.epochs}: val accuracy ${(record.valAccuracy * 100).toFixed(1)}%` });
    },
    shouldStop: () => tracker.cancelRequested(),
  });
  return { model, epochs: result.epochs.length, stopReason: result.stopReason, bestEpoch: result.bestEpoch };
}
