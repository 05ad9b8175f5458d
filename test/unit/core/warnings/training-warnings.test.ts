import { describe, expect, it } from "vitest";
import { judgeAgainstChance } from "@/core/metrics/chance-verdict";
import { trainingWarnings } from "@/core/warnings/training-warnings";
import type { EpochStats } from "@/core/warnings/warning-types";

// A healthy run: 800 training images, ~850 s per epoch, both losses falling, validation close.
function epoch(n: number, overrides: Partial<EpochStats> = {}): EpochStats {
  return {
    epoch: n,
    trainLoss: 1 / n,
    trainAccuracy: 0.6 + n * 0.05,
    valLoss: 1.1 / n,
    valAccuracy: 0.58 + n * 0.05,
    wallSeconds: 850,
    samplesSeen: 800,
    expectedSamples: 800,
    imagesPerSecond: 800 / 850,
    ...overrides,
  };
}

const healthy = {
  epochs: [1, 2, 3, 4, 5].map((n) => epoch(n)),
  validationSize: 500,
  testSize: 500,
  testAccuracy: 0.8,
  crossSplitDuplicates: 0,
};

const codes = (input: Parameters<typeof trainingWarnings>[0]) => trainingWarnings(input).map((w) => w.code);

describe("trainingWarnings", () => {
  it("says nothing about a healthy run", () => {
    // validation 0.83 on 500 and test 0.8 on 500 have Wilson half-widths of about 0.035
    expect(trainingWarnings(healthy)).toEqual([]);
  });

  it("flags an epoch that saw fewer or more samples than the split", () => {
    const epochs = [epoch(1), epoch(2, { samplesSeen: 32 }), epoch(3, { samplesSeen: 832 })];
    const warnings = trainingWarnings({ ...healthy, epochs });
    expect(warnings).toContainEqual({
      code: "epoch/short",
      severity: "error",
      epoch: 2,
      message: "Epoch 2 saw 32 samples; the training split has 800.",
    });
    expect(warnings).toContainEqual(expect.objectContaining({ code: "epoch/long", epoch: 3 }));
  });

  it("flags the 1-second epoch among 850-second ones", () => {
    // wall times 850, 840, 1, 860: median (840 + 850) / 2 = 845; 1 < 0.2 * 845 = 169
    const epochs = [
      epoch(1),
      epoch(2, { wallSeconds: 840, imagesPerSecond: 800 / 840 }),
      epoch(3, { wallSeconds: 1, imagesPerSecond: 800 }),
      epoch(4, { wallSeconds: 860, imagesPerSecond: 800 / 860 }),
    ];
    const warnings = trainingWarnings({ ...healthy, epochs });
    expect(warnings.filter((w) => w.code.startsWith("epoch/"))).toEqual([
      expect.objectContaining({ code: "epoch/too_fast", severity: "error", epoch: 3 }),
    ]);
    expect(warnings[0].message).toBe(
      "Epoch 3 took 1 s at 800 images/s; run median 845 s at 0.947 images/s. It probably skipped work.",
    );
  });

  it("flags an epoch whose throughput alone is far above the median", () => {
    // same wall time but 10 images/s against a median of 1: 10 > 1 / 0.2 = 5
    const epochs = [1, 2, 3].map((n) => epoch(n, { imagesPerSecond: n === 2 ? 10 : 1 }));
    expect(codes({ ...healthy, epochs })).toEqual(["epoch/too_fast"]);
  });

  it("notes a very slow epoch as info", () => {
    // median 100 s; 600 > 5 * 100
    const epochs = [1, 2, 3, 4].map((n) =>
      epoch(n, { wallSeconds: n === 4 ? 600 : 100, imagesPerSecond: n === 4 ? 800 / 600 : 8 }),
    );
    expect(trainingWarnings({ ...healthy, epochs })).toEqual([
      expect.objectContaining({ code: "epoch/too_slow", severity: "info", epoch: 4 }),
    ]);
  });

  it("does not judge speed from a single epoch", () => {
    expect(codes({ ...healthy, epochs: [epoch(1, { wallSeconds: 1 })] })).toEqual([]);
  });

  it("flags the first epoch at 100% training accuracy", () => {
    const epochs = [epoch(1), epoch(2, { trainAccuracy: 1 }), epoch(3, { trainAccuracy: 1 })];
    const warnings = trainingWarnings({ ...healthy, epochs }).filter((w) => w.code === "train/perfect_accuracy");
    expect(warnings).toEqual([expect.objectContaining({ severity: "warning", epoch: 2 })]);
  });

  it("flags validation loss rising while training loss falls over the last three epochs", () => {
    const losses = [[0.9, 0.8], [0.5, 0.5], [0.4, 0.6], [0.3, 0.7]]; // [train, val]
    const epochs = losses.map(([trainLoss, valLoss], i) => epoch(i + 1, { trainLoss, valLoss }));
    const warnings = trainingWarnings({ ...healthy, epochs });
    expect(warnings).toEqual([expect.objectContaining({ code: "overfit/growing_gap", epoch: 4 })]);
    expect(warnings[0].message).toBe(
      "Over epochs 2-4 validation loss rose 0.5 to 0.7 while training loss fell 0.5 to 0.3.",
    );
  });

  it("does not flag a flat step or missing validation loss", () => {
    const flat = [[0.5, 0.5], [0.4, 0.5], [0.3, 0.7]].map(([trainLoss, valLoss], i) =>
      epoch(i + 1, { trainLoss, valLoss }));
    expect(codes({ ...healthy, epochs: flat })).toEqual([]);
    const missing = [1, 2, 3].map((n) => epoch(n, { valLoss: null, valAccuracy: null }));
    expect(codes({ ...healthy, epochs: missing })).toEqual([]);
  });

  it("flags a final train/validation accuracy gap above 10 points", () => {
    // 0.99 - 0.80 = 0.19 > 0.1
    const epochs = [epoch(1), epoch(2, { trainAccuracy: 0.99, valAccuracy: 0.8 })];
    const warnings = trainingWarnings({ ...healthy, epochs });
    expect(warnings).toEqual([expect.objectContaining({ code: "overfit/growing_gap", epoch: 2 })]);
    expect(warnings[0].message).toContain("99.0% vs validation 80.0%");
  });

  it("flags splits whose Wilson half-width exceeds 0.1, with the interval in the message", () => {
    // validation: last valAccuracy 0.9 on 20 items -> 18/20 -> [0.699, 0.972], half 0.137
    const epochs = [epoch(1, { valAccuracy: 0.9 })];
    const warnings = trainingWarnings({ ...healthy, epochs, validationSize: 20 });
    expect(warnings).toEqual([
      {
        code: "split/too_small",
        severity: "warning",
        message: "Validation accuracy 90.0% on 20 items: 95% interval 69.9% to 97.2%.",
      },
    ]);
  });

  it("puts the size boundary between 90 and 96 items at 50% accuracy", () => {
    // n = 90, p = .5: 1.96/1.042684 * sqrt(.25/90 + 3.8416/32400) = 1.879765 * 0.053818 = 0.1012 > 0.1
    // n = 96, p = .5: 1.96/1.040017 * sqrt(.25/96 + 3.8416/36864) = 1.884585 * 0.052042 = 0.0981
    expect(codes({ ...healthy, testSize: 90, testAccuracy: 0.5 })).toEqual(["split/too_small"]);
    expect(codes({ ...healthy, testSize: 96, testAccuracy: 0.5 })).toEqual([]);
  });

  it("flags an empty split but not a missing figure", () => {
    expect(codes({ ...healthy, testSize: 0, testAccuracy: null })).toEqual(["split/empty"]);
    expect(codes({ ...healthy, testSize: 10, testAccuracy: null })).toEqual([]);
  });

  it("flags near-duplicates across splits as an error, listed before warnings", () => {
    const warnings = trainingWarnings({ ...healthy, testSize: 0, testAccuracy: null, crossSplitDuplicates: 3 });
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ["split/duplicate_leak", "error"],
      ["split/empty", "warning"],
    ]);
    expect(warnings[0].message).toContain("3 near-duplicate pair(s)");
  });

  it("honours custom thresholds and unsorted epochs", () => {
    const epochs = [epoch(2, { trainAccuracy: 0.9, valAccuracy: 0.85 }), epoch(1)];
    // gap at the last epoch (2) is 0.05: fine by default, flagged with a 0.02 threshold
    expect(codes({ ...healthy, epochs })).toEqual([]);
    expect(codes({ ...healthy, epochs, thresholds: { accuracyGap: 0.02 } })).toEqual(["overfit/growing_gap"]);
  });
});

describe("trainingWarnings with a judged split", () => {
  it("puts the chance verdict before every other error", () => {
    // A run whose test predictions all fell into HUMAN (6 of 10 are HUMAN), with a short epoch.
    const verdict = judgeAgainstChance({ matrix: [[6, 0], [4, 0]], rocAuc: 0.5 });
    const epochs = [epoch(1), epoch(2, { samplesSeen: 600 }), epoch(3)];
    expect(codes({ ...healthy, epochs, judged: { name: "Test", classKeys: ["HUMAN", "AI"], verdict } }).slice(0, 3)).toEqual([
      "model/not_better_than_chance", "model/collapsed_to_one_class", "epoch/short",
    ]);
  });

  it("adds nothing for a judged split that beats chance", () => {
    const verdict = judgeAgainstChance({ matrix: [[240, 10], [15, 235]], rocAuc: 0.97 });
    expect(trainingWarnings({ ...healthy, judged: { name: "Test", classKeys: ["HUMAN", "AI"], verdict } })).toEqual([]);
  });
});
