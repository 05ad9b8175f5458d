// Up-front checks for trainModel, so a misconfigured job fails before the first slow epoch.
import type * as tf from "@tensorflow/tfjs";
import { classWeights as balancedClassWeights } from "@/core/metrics/class-weights";
import type { BatchSource } from "./batch-source";

export function checkTrainInputs(
  model: tf.LayersModel,
  train: BatchSource,
  validation: BatchSource,
  { epochs, batchSize }: { epochs: number; batchSize: number },
): void {
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`epochs must be a positive integer, got ${epochs}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (train.size === 0) throw new Error("the training split is empty");
  if (validation.size === 0) throw new Error("the validation split is empty; validation runs every epoch");
  const outputs = model.outputs[0].shape.at(-1);
  for (const [name, source] of [["training", train], ["validation", validation]] as const) {
    if (source.numClasses !== outputs) {
      throw new Error(`${name} labels have ${source.numClasses} classes but the model outputs ${outputs}`);
    }
  }
}

export function resolveClassWeights(value: readonly number[] | "balanced" | undefined, train: BatchSource): number[] | null {
  if (value === undefined) return null;
  if (value !== "balanced") return [...value];
  if (!train.labels) throw new Error('classWeights "balanced" needs a training source with labels');
  const { weights, missingClasses } = balancedClassWeights(train.labels, train.numClasses);
  if (missingClasses.length > 0) throw new Error(`no training samples for classes ${missingClasses.join(", ")}`);
  return weights;
}
