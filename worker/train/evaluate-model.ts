// Loss and accuracy over a whole split, in inference mode (no dropout, no augmentation) and
// without class weights, as Keras reports val_loss. Batches are read through the same bounded
// prefetch as training; several views of an image are averaged into one prediction.
import * as tf from "@tensorflow/tfjs";
import { epochBatches } from "@/worker/data/epoch-batches";
import type { Batch, BatchSource } from "./batch-source";
import { prefetchBatches } from "./prefetch-batches";
import { countCorrect, weightedCrossEntropy } from "./weighted-loss";

/** Class probabilities [n, classes] for a batch, averaged over its views. */
export function predictBatchViews(model: tf.LayersModel, batch: Batch): tf.Tensor2D {
  return tf.tidy(() => {
    const probabilities = model.predict(batch.x) as tf.Tensor2D;
    const views = batch.views ?? 1;
    if (views === 1) return probabilities;
    const [rows, classes] = probabilities.shape;
    return probabilities.reshape([rows / views, views, classes]).mean(1) as tf.Tensor2D;
  });
}

export async function evaluateModel(
  model: tf.LayersModel,
  source: BatchSource,
  { batchSize }: { batchSize: number },
): Promise<{ loss: number; accuracy: number; samples: number }> {
  if (source.size === 0) throw new Error("cannot evaluate on an empty split");
  let lossSum = 0;
  let correct = 0;
  let samples = 0;
  const plan = epochBatches(source.size, batchSize, { seed: 0, epoch: 0, shuffle: false }).batches;
  for await (const { batch } of prefetchBatches(source, plan)) {
    try {
      const [loss, right] = tf.tidy(() => {
        const probabilities = predictBatchViews(model, batch);
        return [weightedCrossEntropy(batch.y, probabilities), countCorrect(batch.y, probabilities)];
      });
      const n = batch.y.shape[0];
      lossSum += (await loss.data())[0] * n;
      correct += (await right.data())[0];
      samples += n;
      tf.dispose([loss, right]);
    } finally {
      tf.dispose([batch.x, batch.y]);
    }
  }
  return { loss: lossSum / samples, accuracy: correct / samples, samples };
}

/** Class probabilities for every sample of `source`, in index order. */
export async function predictSource(model: tf.LayersModel, source: BatchSource, { batchSize = 32 }: { batchSize?: number } = {}): Promise<number[][]> {
  const out: number[][] = [];
  const plan = epochBatches(source.size, batchSize, { seed: 0, epoch: 0, shuffle: false }).batches;
  for await (const { batch } of prefetchBatches(source, plan)) {
    const probabilities = predictBatchViews(model, batch);
    tf.dispose([batch.x, batch.y]);
    out.push(...((await probabilities.array()) as number[][]));
    probabilities.dispose();
  }
  return out;
}
