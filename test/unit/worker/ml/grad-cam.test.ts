// Grad-CAM against a network built by hand, where the right answer is known: class 1's score is
// the red detector's activations in the top-left quadrant only, class 0's the green detector's
// everywhere. An image red in the top-left quadrant and green elsewhere must light that quadrant
// for class 1 and the other three for class 0.
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { lastConvBlockIndex, makeGradCam } from "@/worker/model/grad-cam";
import { readHeatMapAlpha, renderHeatMap } from "@/worker/model/render-heat-map";
import { buildVgg19 } from "@/worker/model/vgg19";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const SIZE = 8;
const inTopLeft = (row: number, col: number, size: number) => row < size / 2 && col < size / 2;

function quadrantModel(): tf.LayersModel {
  const input = tf.input({ shape: [SIZE, SIZE, 3] });
  const conv = tf.layers.conv2d({ name: "detect", filters: 2, kernelSize: 1, activation: "relu" });
  const pooled = tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(conv.apply(input)) as tf.SymbolicTensor;
  const dense = tf.layers.dense({ units: 2, activation: "softmax" });
  const output = dense.apply(tf.layers.flatten().apply(pooled)) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  // Filter 0 detects red, filter 1 green.
  conv.setWeights([tf.tensor4d([1, 0, 0, 1, 0, 0], [1, 1, 3, 2]), tf.zeros([2])]);
  // Flattened pooled features: index (row * 4 + col) * 2 + channel over a 4x4 grid.
  const kernel = new Float32Array(32 * 2);
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const feature = (row * 4 + col) * 2;
      kernel[(feature + 1) * 2 + 0] = 0.1; // class 0: green anywhere
      if (inTopLeft(row, col, 4)) kernel[(feature + 0) * 2 + 1] = 1; // class 1: red, top-left only
    }
  }
  dense.setWeights([tf.tensor2d(kernel, [32, 2]), tf.zeros([2])]);
  return model;
}

function quadrantImage(): tf.Tensor4D {
  const pixels = new Float32Array(SIZE * SIZE * 3);
  for (let row = 0; row < SIZE; row++) {
    for (let col = 0; col < SIZE; col++) pixels[(row * SIZE + col) * 3 + (inTopLeft(row, col, SIZE) ? 0 : 1)] = 1;
  }
  return tf.tensor4d(pixels, [1, SIZE, SIZE, 3]);
}

const massInTopLeft = (map: Float32Array, size: number) => {
  let inside = 0;
  let total = 0;
  map.forEach((value, i) => {
    total += value;
    if (inTopLeft(Math.floor(i / size), i % size, size)) inside += value;
  });
  return inside / total;
};

describe("Grad-CAM", () => {
  it("lights the quadrant that decides the class, and the rest for the other class", () => {
    const model = quadrantModel();
    const image = quadrantImage();
    const gradCam = makeGradCam(model);
    const predicted = gradCam(image);
    expect(predicted.classIndex).toBe(1); // logit 4 (red, top-left) against 1.2 (0.1 x 12 green)
    expect([predicted.width, predicted.height]).toEqual([SIZE, SIZE]);
    expect(Math.max(...predicted.map)).toBeCloseTo(1, 6);
    expect(massInTopLeft(predicted.map, SIZE)).toBeGreaterThan(0.99);
    const other = gradCam(image, { classIndex: 0 });
    expect(massInTopLeft(other.map, SIZE)).toBeLessThan(0.01);
    expect(other.map.filter((v) => v > 0.99)).toHaveLength(48);
    image.dispose();
    model.dispose();
  });

  it("renders the map as a PNG overlay whose opacity follows it", async () => {
    const model = quadrantModel();
    const image = quadrantImage();
    const cam = makeGradCam(model)(image);
    const { alpha, size } = await readHeatMapAlpha(await renderHeatMap(cam, 56));
    expect(size).toBe(56);
    expect(massInTopLeft(alpha, size)).toBeGreaterThan(0.9);
    expect(alpha[55 * 56 + 55]).toBe(0); // bottom-right corner: transparent
    image.dispose();
    model.dispose();
  });

  it("uses the last convolution block of the VGG19 network (after its BN and ReLU when present)", () => {
    const plain = buildVgg19({ inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0.5, seed: 3, denseUnits: 64 });
    expect(plain.layers[lastConvBlockIndex(plain)]!.name).toBe("block5_conv4");
    const cam = makeGradCam(plain)(tf.randomUniform([1, 32, 32, 3], 0, 1, "float32", 7) as tf.Tensor4D);
    expect([cam.width, cam.height]).toEqual([2, 2]);
    expect(cam.map.every((v) => v >= 0 && v <= 1)).toBe(true);
    const predicted = (plain.predict(tf.randomUniform([1, 32, 32, 3], 0, 1, "float32", 7)) as tf.Tensor).argMax(1).dataSync()[0];
    expect(cam.classIndex).toBe(predicted);
    const normalised = buildVgg19({ inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0, seed: 3, denseUnits: 64, batchNorm: true });
    expect(normalised.layers[lastConvBlockIndex(normalised)]!.name).toBe("block5_conv4_relu");
    plain.dispose();
    normalised.dispose();
  });
});
