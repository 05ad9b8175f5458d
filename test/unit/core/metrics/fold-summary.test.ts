import { describe, expect, it } from "vitest";
import { sampleStd, summarizeFolds } from "@/core/metrics/fold-summary";

describe("cross-validation fold summary", () => {
  it("averages the folds and gives the sample standard deviation", () => {
    // accuracy 0.8, 0.9, 1.0: mean 0.9, squared deviations 0.01 + 0 + 0.01, / (3 - 1) -> sd 0.1.
    // macro-F1 0.5, 0.7, 0.6: mean 0.6, same spread -> sd 0.1.
    const summary = summarizeFolds([
      { fold: 0, accuracy: 0.8, macroF1: 0.5 },
      { fold: 1, accuracy: 0.9, macroF1: 0.7 },
      { fold: 2, accuracy: 1.0, macroF1: 0.6 },
    ]);
    expect(summary?.folds).toBe(3);
    expect(summary?.accuracyMean).toBeCloseTo(0.9, 12);
    expect(summary?.accuracyStd).toBeCloseTo(0.1, 12);
    expect(summary?.macroF1Mean).toBeCloseTo(0.6, 12);
    expect(summary?.macroF1Std).toBeCloseTo(0.1, 12);
  });

  it("ignores the final model's report (fold null) and is null without folds", () => {
    expect(summarizeFolds([{ fold: null, accuracy: 0.9, macroF1: 0.9 }])).toBeNull();
    const one = summarizeFolds([{ fold: null, accuracy: 0.1, macroF1: 0.1 }, { fold: 0, accuracy: 0.75, macroF1: 0.7 }]);
    expect(one).toEqual({ folds: 1, accuracyMean: 0.75, accuracyStd: null, macroF1Mean: 0.7, macroF1Std: null, majorityClassRateMean: null });
  });

  it("puts the folds' mean majority-class rate beside their mean accuracy", () => {
    // Fold 0: 6 of 10 actual HUMAN -> 0.6; fold 1: 3 of 4 actual AI -> 0.75; mean 0.675.
    const summary = summarizeFolds([
      { fold: 0, accuracy: 0.6, macroF1: 0.4, confusionMatrix: [[6, 0], [4, 0]] },
      { fold: 1, accuracy: 0.75, macroF1: 0.4, confusionMatrix: [[0, 1], [0, 3]] },
    ]);
    expect(summary?.majorityClassRateMean).toBeCloseTo(0.675, 12);
  });

  it("has no spread for identical folds", () => {
    expect(sampleStd([0.5, 0.5, 0.5, 0.5])).toBe(0);
    expect(sampleStd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
});
