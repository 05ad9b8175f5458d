import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { type FilterGradientStrategy, conv2dBackpropFilter } from "@/worker/backend/conv2d-backprop-filter";
import { selectBackend } from "@/worker/backend/select-backend";
import { type ConvCase, convGradients, netGradients, randomArray, relativeError } from "./conv-gradients";

const CASES: ConvCase[] = [
  { input: [2, 9, 9, 3], filter: [3, 3, 3, 5], strides: 1, pad: "same" },
  { input: [2, 9, 9, 3], filter: [3, 3, 3, 5], strides: 1, pad: "valid" },
  { input: [2, 9, 8, 4], filter: [3, 3, 4, 6], strides: 2, pad: "same" },
  { input: [2, 9, 8, 4], filter: [3, 3, 4, 6], strides: 2, pad: "valid" },
  { input: [1, 7, 10, 2], filter: [2, 4, 2, 3], strides: 1, pad: "same" },
  { input: [3, 5, 5, 1], filter: [1, 1, 1, 4], strides: 1, pad: "valid" },
  // 'valid' with stride 2 on an even size leaves an unused last row and column.
  { input: [2, 10, 8, 3], filter: [3, 2, 3, 4], strides: 2, pad: "valid" },
];

async function on<T>(backend: string, run: () => T): Promise<T> {
  await tf.setBackend(backend);
  return run();
}

/** Re-registers the wasm filter gradient with one formulation forced. */
function useFilterStrategy(strategy: FilterGradientStrategy): void {
  tf.unregisterKernel("Conv2DBackpropFilter", "wasm");
  tf.registerKernel({ kernelName: "Conv2DBackpropFilter", backendName: "wasm", kernelFunc: conv2dBackpropFilter("wasm", strategy) });
}

describe.each(["taps", "swap", "auto"] as const)("wasm training kernels, filter gradient by %s", (strategy) => {
  beforeAll(async () => {
    await selectBackend("wasm");
    useFilterStrategy(strategy);
  });

  it.each(CASES)("conv2d gradients match the cpu backend: %j", async (c) => {
    const expected = await on("cpu", () => convGradients(c, 11));
    const actual = await on("wasm", () => convGradients(c, 11));
    expect(relativeError(actual.dw, expected.dw)).toBeLessThan(1e-4);
    expect(relativeError(actual.dx, expected.dx)).toBeLessThan(1e-4);
  });

  it("gradients of a small conv net match the cpu backend", async () => {
    const expected = await on("cpu", () => netGradients(5));
    const actual = await on("wasm", () => netGradients(5));
    expect(actual).toHaveLength(3);
    actual.forEach((grad, i) => expect(relativeError(grad, expected[i])).toBeLessThan(1e-4));
  });

  it.each([
    [false, false, [1, 5, 7], [1, 7, 3]],
    [true, false, [7, 5], [7, 3]],
    [false, true, [5, 7], [3, 7]],
    [true, true, [1, 7, 5], [1, 3, 7]],
    [true, false, [2, 7, 5], [2, 7, 3]],
  ] as const)("matMul(transposeA=%s, transposeB=%s) matches the cpu backend", async (ta, tb, aShape, bShape) => {
    const product = () =>
      tf.tidy(() => {
        const a = tf.tensor(randomArray(tf.util.sizeFromShape([...aShape]), 1), [...aShape]);
        const b = tf.tensor(randomArray(tf.util.sizeFromShape([...bShape]), 2), [...bShape]);
        return tf.matMul(a, b, ta, tb).dataSync() as Float32Array;
      });
    const expected = await on("cpu", product);
    expect(relativeError(await on("wasm", product), expected)).toBeLessThan(1e-5);
  });

  it("leaves no tensors or backend data behind", async () => {
    await tf.setBackend("wasm");
    convGradients(CASES[2], 3);
    const before = tf.memory().numTensors;
    const dataBefore = tf.backend().numDataIds();
    convGradients(CASES[2], 3);
    convGradients(CASES[0], 3);
    netGradients(1);
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.backend().numDataIds()).toBe(dataBefore);
  });
});
