import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectBackend } from "@/worker/backend/select-backend";
import { buildVgg19 } from "@/worker/model/vgg19";
import { type BatchSource, tensorSource } from "@/worker/train/batch-source";
import { evaluateModel } from "@/worker/train/evaluate-model";
import { trainModel } from "@/worker/train/train-model";
import { stripesDataset } from "./synthetic-images";

const small = { inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0, seed: 4 };
let data: ReturnType<typeof stripesDataset>;

beforeAll(async () => {
  await selectBackend("wasm");
  data = stripesDataset(64, 32, 7);
});

afterAll(() => tf.dispose([data.x, data.y]));

/** A source that returns only part of what it is asked for, like the research's dry iterator. */
function shortSource(keep: (indices: number[]) => number[]): BatchSource {
  return {
    size: 64,
    numClasses: 2,
    load: (indices) =>
      tf.tidy(() => ({ x: tf.gather(data.x, keep(indices)) as tf.Tensor4D, y: tf.gather(data.y, keep(indices)) as tf.Tensor2D })),
  };
}

describe("trainModel guards and control", () => {
  it("fails loudly when the data source does not deliver every sample", async () => {
    const model = buildVgg19(small);
    await expect(
      trainModel({ model, train: shortSource((i) => i.slice(0, 1)), validation: data, epochs: 2, batchSize: 16 }),
    ).rejects.toThrow(/returned 1 images and 1 labels for 16 indices/);
    model.dispose();
  });

  it("stops early on rising validation loss and restores the best epoch's weights", async () => {
    // Validation labels are the opposite of training labels: the better the model learns, the
    // worse validation gets, so epoch 1 or 2 is best and patience 2 ends the run early.
    const flipped = { x: data.x, y: tf.tidy(() => tf.sub(1, data.y) as tf.Tensor2D) };
    const model = buildVgg19(small);
    const result = await trainModel({
      // Window 1 (Keras's rule): the run stops exactly `patience` epochs after its best one.
      model, train: data, validation: flipped, epochs: 10, batchSize: 16, patience: 2, validationLossWindow: 1, augment: false, seed: 1,
    });
    expect(result.stopReason).toBe("early-stopping");
    expect(result.epochs.length).toBe(result.bestEpoch! + 2);
    expect(result.restoredBestWeights).toBe(true);
    const restored = await evaluateModel(model, tensorSource(flipped), { batchSize: 64 });
    expect(restored.loss).toBeCloseTo(result.bestValLoss!, 4);
    flipped.y.dispose();
    model.dispose();
  }, 60_000);

  it("stops between batches when asked, without recording a partial epoch", async () => {
    const model = buildVgg19(small);
    let batches = 0;
    const result = await trainModel({
      model, train: data, validation: data, epochs: 3, batchSize: 16,
      onBatch: () => void batches++, shouldStop: () => batches >= 6,
    });
    expect(result.stopReason).toBe("cancelled");
    expect(result.epochs).toHaveLength(1);
    expect(batches).toBe(6);
    model.dispose();
  });

  it("rejects inputs that cannot train", async () => {
    const model = buildVgg19(small);
    const empty = { x: tf.zeros([0, 32, 32, 3]) as tf.Tensor4D, y: tf.zeros([0, 2]) as tf.Tensor2D };
    const threeClasses = { x: data.x, y: tf.oneHot(tf.zeros([64], "int32"), 3).toFloat() as tf.Tensor2D };
    await expect(trainModel({ model, train: data, validation: empty })).rejects.toThrow(/validation split is empty/);
    await expect(trainModel({ model, train: threeClasses, validation: data })).rejects.toThrow(/3 classes but the model outputs 2/);
    await expect(trainModel({ model, train: data, validation: data, batchSize: 0 })).rejects.toThrow(/batchSize/);
    tf.dispose([empty.x, empty.y, threeClasses.y]);
    model.dispose();
  });
});
