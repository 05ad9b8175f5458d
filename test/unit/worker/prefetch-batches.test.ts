import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Batch, BatchSource } from "@/worker/train/batch-source";
import { prefetchBatches } from "@/worker/train/prefetch-batches";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** A source whose loads finish only when the test says so, recording how many are in flight. */
function gatedSource() {
  const gates: (() => void)[] = [];
  const state = { started: 0, inFlight: 0, maxInFlight: 0 };
  const source: BatchSource = {
    size: 100,
    numClasses: 2,
    load: (indices) => {
      state.started++;
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      return new Promise<Batch>((resolve) => gates.push(() => {
        state.inFlight--;
        resolve({ x: tf.fill([indices.length, 1, 1, 1], indices[0]!) as tf.Tensor4D, y: tf.zeros([indices.length, 2]) as tf.Tensor2D });
      }));
    },
  };
  const openAll = async () => {
    while (gates.length) gates.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { source, state, openAll };
}

const plan = Array.from({ length: 6 }, (_, b) => [2 * b, 2 * b + 1]);

describe("prefetchBatches", () => {
  it("yields every batch in plan order with at most depth + 1 loads outstanding", async () => {
    const { source, state, openAll } = gatedSource();
    const seen: number[] = [];
    const consume = (async () => {
      for await (const { index, batch } of prefetchBatches(source, plan, 2)) {
        seen.push(index, (await batch.x.data())[0]!);
        tf.dispose([batch.x, batch.y]);
      }
    })();
    for (let i = 0; i < 20 && seen.length < 12; i++) await openAll();
    await consume;
    expect(seen).toEqual([0, 0, 1, 2, 2, 4, 3, 6, 4, 8, 5, 10]);
    expect(state.started).toBe(6);
    expect(state.maxInFlight).toBe(3);
  });

  it("frees batches still loading when the consumer stops early", async () => {
    const { source, openAll } = gatedSource();
    const before = tf.memory().numTensors;
    const consume = (async () => {
      for await (const { batch } of prefetchBatches(source, plan, 2)) {
        tf.dispose([batch.x, batch.y]);
        break;
      }
    })();
    for (let i = 0; i < 5; i++) await openAll();
    await consume;
    await openAll();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("rethrows a failed load where its batch is consumed", async () => {
    const failing: BatchSource = { size: 4, numClasses: 2, load: () => Promise.reject(new Error("disk gone")) };
    await expect((async () => {
      for await (const _ of prefetchBatches(failing, [[0], [1]])) void _;
    })()).rejects.toThrow("disk gone");
  });
});
