// Training and validation data as random access by sample index, so an epoch can be planned as a
// permutation of every index (worker/data/epoch-batches.ts) whether the images sit in one tensor
// or are decoded from disk batch by batch.
import * as tf from "@tensorflow/tfjs";

/**
 * Images [n * views, size, size, 3] in [0, 1] and one-hot labels [n, numClasses]. With `views`
 * above 1 (evaluation over several crops) rows come image by image, each image's views together,
 * and the evaluator averages their probabilities. Training batches have one view.
 */
export type Batch = { x: tf.Tensor4D; y: tf.Tensor2D; views?: number };

export type BatchSource = {
  size: number;
  numClasses: number;
  /** Class index per sample; needed only for `classWeights: "balanced"`. */
  labels?: readonly number[];
  /** The samples at `indices`, in that order. The caller disposes the batch. */
  load(indices: number[]): Batch | Promise<Batch>;
};

export type TensorDataset = { x: tf.Tensor4D; y: tf.Tensor2D };

export function isBatchSource(data: TensorDataset | BatchSource): data is BatchSource {
  return typeof (data as BatchSource).load === "function";
}

/** A source over tensors held in memory; the tensors stay owned by the caller. */
export function tensorSource({ x, y }: TensorDataset): BatchSource {
  if (x.shape[0] !== y.shape[0]) {
    throw new Error(`x has ${x.shape[0]} samples but y has ${y.shape[0]}`);
  }
  const labels = tf.tidy(() => Array.from(y.argMax(1).dataSync()));
  return {
    size: x.shape[0],
    numClasses: y.shape[1],
    labels,
    load(indices) {
      return tf.tidy(() => {
        const at = tf.tensor1d(indices, "int32");
        return { x: tf.gather(x, at) as tf.Tensor4D, y: tf.gather(y, at) as tf.Tensor2D };
      });
    },
  };
}

export function toBatchSource(data: TensorDataset | BatchSource): BatchSource {
  return isBatchSource(data) ? data : tensorSource(data);
}
