// Two learnable classes for training tests: horizontal stripes (class 0) and vertical stripes
// (class 1), with random stripe period, phase, contrast and pixel noise, so the model has to
// learn orientation rather than memorise pixels.
import * as tf from "@tensorflow/tfjs";
import { seededRandom } from "@/core/random/seeded-random";

export function stripesDataset(count: number, size: number, seed: number): { x: tf.Tensor4D; y: tf.Tensor2D; labels: number[] } {
  const random = seededRandom(seed);
  const pixels = new Float32Array(count * size * size * 3);
  const labels: number[] = [];
  for (let n = 0; n < count; n++) {
    const label = n % 2;
    labels.push(label);
    const period = 4 + random() * 8;
    const phase = random() * Math.PI * 2;
    const contrast = 0.2 + random() * 0.3;
    const base = 0.3 + random() * 0.4;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const t = label === 0 ? row : col;
        const value = base + contrast * Math.sin((2 * Math.PI * t) / period + phase) + (random() - 0.5) * 0.2;
        const offset = ((n * size + row) * size + col) * 3;
        for (let c = 0; c < 3; c++) pixels[offset + c] = Math.min(1, Math.max(0, value));
      }
    }
  }
  return {
    x: tf.tensor4d(pixels, [count, size, size, 3]),
    y: tf.oneHot(tf.tensor1d(labels, "int32"), 2).toFloat() as tf.Tensor2D,
    labels,
  };
}
