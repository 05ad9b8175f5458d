// Loss and accuracy over a whole split, in inference mode (no dropout, no augmentation) and
// without class weights, as Keras reports val_loss.
import * as tf from "@tensorflow/tfjs";
import { epochBatches } from "@/worker/data/epoch-batches";
import type { BatchSource } from "./batch-source";
import { countCorrect, weightedCrossEntropy } from "./weighted-loss";

export async function evaluateModel(
  model: tf.LayersModel,
  source: BatchSource,
  { batchSize }: { batchSize: number },
): Promise<{ loss: number; accuracy: number; samples: number }> {
  if (source.size === 0) throw new Error("cannot evaluate on an empty split");
  let lossSum = 0;
  let correct = 0;
  let samples = 0;
  for (const indices of epochBatches(source.size, batchSize, { seed: 0, epoch: 0, shuffle: false }).batches) {
    const batch = await source.load(indices);
    try {
      const [loss, right] = tf.tidy(() => {
        const probabilities = model.predict(batch.x) as tf.Tensor2D;
        return [weightedCrossEntropy(batch.y, probabilities), countCorrect(batch.y, probabilities)];
      });
      const n = batch.x.shape[0];
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
