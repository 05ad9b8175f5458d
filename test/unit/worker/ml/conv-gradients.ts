// Shared by the wasm-kernel tests: gradients of a small convolutional function, computed on
// whichever backend is current, from plain arrays so both backends see identical inputs.
import * as tf from "@tensorflow/tfjs";
import { seededRandom } from "@/core/random/seeded-random";

export type ConvCase = {
  input: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number;
  pad: "same" | "valid";
};

export function randomArray(size: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: size }, () => random() * 2 - 1);
}

/** d/dx and d/dw of sum(conv2d(x, w) * r) for a fixed random r. */
export function convGradients(c: ConvCase, seed: number): { dx: Float32Array; dw: Float32Array } {
  return tf.tidy(() => {
    const x = tf.tensor4d(randomArray(c.input.reduce((a, b) => a * b), seed), c.input);
    const w = tf.tensor4d(randomArray(c.filter.reduce((a, b) => a * b), seed + 1), c.filter);
    const outShape = tf.conv2d(x, w, c.strides, c.pad).shape;
    const r = tf.tensor(randomArray(outShape.reduce((a, b) => a * b), seed + 2), outShape);
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad).mul(r).sum(),
    )([x, w]);
    return { dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
  });
}

/** Gradients of every weight of a two-conv net with ReLU, a stride-2 layer and a dense head. */
export function netGradients(seed: number): Float32Array[] {
  return tf.tidy(() => {
    const x = tf.tensor4d(randomArray(2 * 12 * 12 * 3, seed), [2, 12, 12, 3]);
    const w1 = tf.tensor4d(randomArray(3 * 3 * 3 * 8, seed + 1), [3, 3, 3, 8]);
    const w2 = tf.tensor4d(randomArray(3 * 3 * 8 * 6, seed + 2), [3, 3, 8, 6]);
    const dense = tf.tensor2d(randomArray(5 * 5 * 6 * 4, seed + 3), [5 * 5 * 6, 4]);
    const labels = tf.oneHot([1, 3], 4);
    const grads = tf.grads((a: tf.Tensor, b: tf.Tensor, d: tf.Tensor) => {
      const h1 = tf.relu(tf.conv2d(x, a as tf.Tensor4D, 1, "same"));
      const h2 = tf.relu(tf.conv2d(h1, b as tf.Tensor4D, 2, "valid"));
      const logits = tf.matMul(h2.reshape([2, -1]), d as tf.Tensor2D);
      return tf.losses.softmaxCrossEntropy(labels, logits);
    })([w1, w2, dense]);
    return grads.map((g) => g.dataSync() as Float32Array);
  });
}

/** Largest absolute difference relative to the largest reference magnitude. */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} vs ${expected.length}`);
  let diff = 0;
  let scale = 1e-12;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return diff / scale;
}
