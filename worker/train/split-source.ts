// A batch source over decoded images kept as separate arrays, so only one batch at a time is a
// tensor: a few thousand 224x224 images would not fit the wasm heap as one tensor.
import * as tf from "@tensorflow/tfjs";
import type { BatchSource } from "./batch-source";

export function splitSource(images: readonly Float32Array[], labels: readonly number[], numClasses: number, inputSize: number): BatchSource {
  const pixels = inputSize * inputSize * 3;
  return {
    size: images.length,
    numClasses,
    labels,
    load(indices) {
      const buffer = new Float32Array(indices.length * pixels);
      indices.forEach((index, row) => buffer.set(images[index]!, row * pixels));
      return tf.tidy(() => ({
        x: tf.tensor4d(buffer, [indices.length, inputSize, inputSize, 3]),
        y: tf.oneHot(tf.tensor1d(indices.map((i) => labels[i]!), "int32"), numClasses).toFloat() as tf.Tensor2D,
      }));
    },
  };
}

/** Class probabilities for every image, predicted a batch at a time. */
export async function predictAll(model: tf.LayersModel, images: readonly Float32Array[], inputSize: number, batchSize = 32): Promise<number[][]> {
  const out: number[][] = [];
  const pixels = inputSize * inputSize * 3;
  for (let start = 0; start < images.length; start += batchSize) {
    const chunk = images.slice(start, start + batchSize);
    const buffer = new Float32Array(chunk.length * pixels);
    chunk.forEach((image, row) => buffer.set(image, row * pixels));
    const probabilities = tf.tidy(() => model.predict(tf.tensor4d(buffer, [chunk.length, inputSize, inputSize, 3])) as tf.Tensor2D);
    out.push(...((await probabilities.array()) as number[][]));
    probabilities.dispose();
  }
  return out;
}
