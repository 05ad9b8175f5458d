// One pass over the training split: every sample exactly once, in a seeded order, with Adam
// steps on the class-weighted cross-entropy. Counting what was actually trained on (not what was
// planned) is what catches a data source that comes up short, the research's bug.
import * as tf from "@tensorflow/tfjs";
import { type AugmentOptions, augmentBatch } from "@/worker/data/augment";
import { epochBatches } from "@/worker/data/epoch-batches";
import type { BatchSource } from "./batch-source";
import { prefetchBatches } from "./prefetch-batches";
import { countCorrect, weightedCrossEntropy } from "./weighted-loss";

export type BatchProgress = { epoch: number; batch: number; batches: number; samplesSeen: number; expectedSamples: number };

export type EpochStepOptions = {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  source: BatchSource;
  epoch: number;
  batchSize: number;
  seed: number;
  classWeights?: readonly number[];
  augment: AugmentOptions | false;
  random: () => number;
  shouldStop?: () => boolean | Promise<boolean>;
  onBatch?: (progress: BatchProgress) => void | Promise<void>;
};

export type EpochTotals = { loss: number; accuracy: number; samplesSeen: number; cancelled: boolean };

export async function trainEpoch(options: EpochStepOptions): Promise<EpochTotals> {
  const { model, optimizer, source, epoch, batchSize, seed, classWeights, augment, random, shouldStop, onBatch } = options;
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  if (variables.length === 0) throw new Error("the model has no trainable weights (every layer frozen?)");
  const { batches } = epochBatches(source.size, batchSize, { seed, epoch });
  let lossSum = 0;
  let correct = 0;
  let samplesSeen = 0;
  for await (const { index, indices, batch } of prefetchBatches(source, batches)) {
    if (shouldStop && (await shouldStop())) {
      tf.dispose([batch.x, batch.y]);
      return { loss: NaN, accuracy: NaN, samplesSeen, cancelled: true };
    }
    const n = batch.x.shape[0];
    if (n !== indices.length || batch.y.shape[0] !== n || (batch.views ?? 1) !== 1) {
      tf.dispose([batch.x, batch.y]);
      throw new Error(`batch source returned ${n} images and ${batch.y.shape[0]} labels for ${indices.length} indices`);
    }
    const x = augment ? augmentBatch(batch.x, { random, options: augment }) : batch.x;
    let right: tf.Scalar | undefined;
    const loss = optimizer.minimize(() => {
      const probabilities = model.apply(x, { training: true }) as tf.Tensor2D;
      right = tf.keep(countCorrect(batch.y, probabilities));
      return weightedCrossEntropy(batch.y, probabilities, classWeights);
    }, true, variables)!;
    lossSum += (await loss.data())[0] * n;
    correct += (await right!.data())[0];
    samplesSeen += n;
    tf.dispose([loss, right!, batch.x, batch.y, x]);
    await onBatch?.({ epoch, batch: index + 1, batches: batches.length, samplesSeen, expectedSamples: source.size });
  }
  return { loss: lossSum / samplesSeen, accuracy: correct / samplesSeen, samplesSeen, cancelled: false };
}
