import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { initialEarlyStopping, updateEarlyStopping } from "@/worker/train/early-stopping";
import { countCorrect, weightedCrossEntropy } from "@/worker/train/weighted-loss";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe("weightedCrossEntropy", () => {
  const labels = tf.tensor2d([[1, 0], [0, 1], [0, 1]]);
  const probs = tf.tensor2d([[0.8, 0.2], [0.4, 0.6], [0.9, 0.1]]);

  it("is the mean of -log p(true class) without weights", () => {
    const expected = -(Math.log(0.8) + Math.log(0.6) + Math.log(0.1)) / 3;
    expect(weightedCrossEntropy(labels, probs).dataSync()[0]).toBeCloseTo(expected, 5);
  });

  it("scales each sample by its class weight, then averages over samples (Keras class_weight)", () => {
    const expected = -(3 * Math.log(0.8) + 0.5 * Math.log(0.6) + 0.5 * Math.log(0.1)) / 3;
    expect(weightedCrossEntropy(labels, probs, [3, 0.5]).dataSync()[0]).toBeCloseTo(expected, 5);
  });

  it("clips probabilities so a confident mistake is finite", () => {
    const loss = weightedCrossEntropy(tf.tensor2d([[1, 0]]), tf.tensor2d([[0, 1]])).dataSync()[0];
    expect(loss).toBeCloseTo(-Math.log(1e-7), 3);
  });

  it("counts correct argmax predictions and checks the weight count", () => {
    expect(countCorrect(labels, probs).dataSync()[0]).toBe(2);
    expect(() => weightedCrossEntropy(labels, probs, [1, 2, 3])).toThrow(/3 class weights for 2 classes/);
  });
});

describe("updateEarlyStopping", () => {
  const run = (losses: number[], patience: number, minDelta = 0) => {
    let state = initialEarlyStopping;
    const events: string[] = [];
    for (const [i, valLoss] of losses.entries()) {
      const update = updateEarlyStopping(state, { epoch: i + 1, valLoss }, { patience, minDelta });
      state = update.state;
      events.push(update.stop ? "stop" : update.improved ? "best" : "wait");
      if (update.stop) break;
    }
    return { events, state };
  };

  it("stops after `patience` epochs without improvement, remembering the best epoch", () => {
    expect(run([1, 0.8, 0.9, 0.85, 0.7], 2)).toEqual({
      events: ["best", "best", "wait", "stop"],
      state: { bestLoss: 0.8, bestEpoch: 2, bestTrend: 0.8, recentLosses: [0.85], wait: 2 },
    });
  });

  it("needs an improvement larger than minDelta, and never counts NaN as best", () => {
    expect(run([1, 0.95, 0.5], 3, 0.1).events).toEqual(["best", "wait", "best"]);
    expect(run([NaN, NaN], 5).state.bestEpoch).toBeNull();
  });

  it("never stops with infinite patience and rejects nonsense", () => {
    expect(run([1, 2, 3, 4, 5, 6], Infinity).events.at(-1)).toBe("wait");
    expect(() => updateEarlyStopping(initialEarlyStopping, { epoch: 1, valLoss: 1 }, { patience: 0 })).toThrow(/patience/);
  });
});
