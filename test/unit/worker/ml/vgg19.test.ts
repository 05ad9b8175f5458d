import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { countFlops } from "@/worker/model/count-flops";
import { MODEL_PRESETS, resolvePreset } from "@/core/model/presets";
import { convLayerNames } from "@/core/model/vgg19-config";
import { buildVgg19 } from "@/worker/model/vgg19";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe("buildVgg19", () => {
  it("has VGG19's 16 convolutions in 5 blocks with Keras's layer names", () => {
    const model = buildVgg19({ inputSize: 32, widthDivisor: 16, numClasses: 3, dropout: 0.5, seed: 1 });
    const convs = model.layers.filter((l) => l.getClassName() === "Conv2D");
    expect(convs.map((l) => l.name)).toEqual(convLayerNames());
    expect(convLayerNames()).toHaveLength(16);
    expect(convLayerNames().filter((n) => n.startsWith("block3_"))).toHaveLength(4);
    expect(model.layers.filter((l) => l.getClassName() === "MaxPooling2D").map((l) => l.name)).toEqual([
      "block1_pool", "block2_pool", "block3_pool", "block4_pool", "block5_pool",
    ]);
    expect(model.layers.filter((l) => l.getClassName() === "Dense").map((l) => l.name)).toEqual(["fc1", "fc2", "predictions"]);
    expect(model.layers.filter((l) => l.getClassName() === "Dropout")).toHaveLength(2);
    expect(convs.map((l) => (l.getConfig() as { filters: number }).filters)).toEqual([
      4, 4, 8, 8, 16, 16, 16, 16, 32, 32, 32, 32, 32, 32, 32, 32,
    ]);
    expect(convs.every((l) => (l.getConfig() as { padding: string }).padding === "same")).toBe(true);
    expect(model.outputs[0].shape).toEqual([null, 3]);
    model.dispose();
  });

  it("outputs class probabilities", () => {
    const model = buildVgg19({ inputSize: 32, widthDivisor: 32, numClasses: 2, dropout: 0, seed: 2 });
    const probs = tf.tidy(() => (model.predict(tf.ones([3, 32, 32, 3])) as tf.Tensor).arraySync() as number[][]);
    for (const row of probs) expect(row[0] + row[1]).toBeCloseTo(1, 5);
    model.dispose();
  });

  it("rejects configurations that are not VGG19", () => {
    const base = { inputSize: 64, widthDivisor: 16, numClasses: 2, dropout: 0.5 };
    expect(() => buildVgg19({ ...base, inputSize: 100 })).toThrow(/multiple of 32/);
    expect(() => buildVgg19({ ...base, widthDivisor: 3 })).toThrow(/widthDivisor/);
    expect(() => buildVgg19({ ...base, numClasses: 1 })).toThrow(/numClasses/);
    expect(() => buildVgg19({ ...base, dropout: 1 })).toThrow(/dropout/);
  });
});

describe("countFlops", () => {
  it("gives the published VGG19 cost: ~19.6 G multiply-adds and 143.67 M parameters at 224", () => {
    const cost = countFlops({ inputSize: 224, widthDivisor: 1, numClasses: 1000, dropout: 0.5 });
    expect(cost.multiplyAdds / 1e9).toBeCloseTo(19.63, 2);
    expect(cost.parameters).toBe(143_667_240);
    // block1_conv1: 224*224 outputs x 3x3x3 taps x 64 filters.
    expect(cost.layers[0]).toEqual({ name: "block1_conv1", multiplyAdds: 224 * 224 * 27 * 64, parameters: 1792 });
    expect(cost.layers.at(-3)).toMatchObject({ name: "fc1", multiplyAdds: 7 * 7 * 512 * 4096 });
    expect(cost.convMultiplyAdds + cost.denseMultiplyAdds).toBe(cost.multiplyAdds);
  });

  it.each(["tiny", "small"] as const)("matches the parameters of the built %s model", (preset) => {
    const config = resolvePreset(preset, { numClasses: 2, seed: 3 });
    const model = buildVgg19(config);
    expect(countFlops(config).parameters).toBe(model.countParams());
    model.dispose();
  });
});

describe("presets", () => {
  it("full is the research's network; tiny is 64x64 at 1/16 width", () => {
    expect(MODEL_PRESETS.full).toMatchObject({ inputSize: 224, widthDivisor: 1, denseUnits: 4096 });
    expect(MODEL_PRESETS.tiny).toMatchObject({ inputSize: 64, widthDivisor: 16 });
    expect(resolvePreset("tiny", { numClasses: 2, seed: 9 })).toMatchObject({ preset: "tiny", numClasses: 2, seed: 9 });
    expect(() => resolvePreset("huge", { numClasses: 2 })).toThrow(/unknown model preset "huge"/);
  });
});
