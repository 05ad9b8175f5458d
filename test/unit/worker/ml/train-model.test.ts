import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectBackend } from "@/worker/backend/select-backend";
import { resolvePreset } from "@/core/model/presets";
import { buildVgg19 } from "@/worker/model/vgg19";
import { tensorSource } from "@/worker/train/batch-source";
import { evaluateModel, predictSource } from "@/worker/train/evaluate-model";
import { type TrainedEpoch, trainModel } from "@/worker/train/train-model";
import { stripesDataset } from "./synthetic-images";

let train: ReturnType<typeof stripesDataset>;
let validation: ReturnType<typeof stripesDataset>;

beforeAll(async () => {
  await selectBackend("wasm");
  train = stripesDataset(160, 64, 1);
  validation = stripesDataset(64, 64, 2);
});

afterAll(() => {
  tf.dispose([train.x, train.y, validation.x, validation.y]);
});

describe("trainModel on the tiny VGG19 preset (wasm)", () => {
  it("learns stripes orientation well above chance, seeing the whole split every epoch", async () => {
    // The loop is under test, not the preset: the plain (no batch norm) tiny network at Adam 0.001
    // learns these stripes in 6 epochs every time; the batch-norm preset did not always.
    const model = buildVgg19(resolvePreset("tiny", { numClasses: 2, seed: 1, batchNorm: false }));
    const tensorsBefore = tf.memory().numTensors;
    const records: TrainedEpoch[] = [];
    const result = await trainModel({
      model, train, validation, epochs: 6, batchSize: 16, patience: 6, seed: 3, classWeights: "balanced",
      onEpoch: (r) => void records.push(r),
    });

    expect(result.epochs).toEqual(records);
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const r of records) {
      expect(r.samplesSeen).toBe(160);
      expect(r.expectedSamples).toBe(160);
      expect(r.learningRate).toBe(0.001);
      expect(r.imagesPerSecond).toBeGreaterThan(0);
      expect(r.wallSeconds).toBeGreaterThan(0);
    }
    // Adam's slots appear during epoch 1; after that nothing may accumulate.
    expect(new Set(records.slice(1).map((r) => r.tensorCount)).size).toBe(1);
    expect(tf.memory().numTensors).toBe(tensorsBefore);

    const best = records[result.bestEpoch! - 1];
    expect(best.valAccuracy).toBeGreaterThanOrEqual(0.85);
    // The best epoch's weights are the ones left in the model.
    const after = await evaluateModel(model, tensorSource(validation), { batchSize: 32 });
    expect(after.loss).toBeCloseTo(result.bestValLoss!, 4);
    expect(result.classWeights).toEqual([1, 1]);

    const firstFour = { x: validation.x.slice(0, 4) as tf.Tensor4D, y: validation.y.slice(0, 4) as tf.Tensor2D };
    const probabilities = await predictSource(model, tensorSource(firstFour));
    tf.dispose([firstFour.x, firstFour.y]);
    expect(probabilities).toHaveLength(4);
    for (const row of probabilities) expect(row[0] + row[1]).toBeCloseTo(1, 4);
    model.dispose();
  }, 60_000);
});
