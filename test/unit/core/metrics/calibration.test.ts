import { describe, expect, it } from "vitest";
import { expectedCalibrationError, reliabilityDiagram } from "@/core/metrics/calibration";

// Worked example, 10 bins of width 0.1, bins are (lower, upper]:
//   item  probabilities  actual  confidence  predicted  correct  bin
//   0     [.95, .05]     0       .95         0          yes      (0.9, 1.0] = 9
//   1     [.15, .85]     0       .85         1          no       (0.8, 0.9] = 8
//   2     [.80, .20]     0       .80         0          yes      (0.7, 0.8] = 7
//   3     [.40, .60]     1       .60         1          yes      (0.5, 0.6] = 5
//   4     [.45, .55]     0       .55         1          no       (0.5, 0.6] = 5
//   5     [.70, .30]     1       .70         0          no       (0.6, 0.7] = 6
const probabilities = [[0.95, 0.05], [0.15, 0.85], [0.8, 0.2], [0.4, 0.6], [0.45, 0.55], [0.7, 0.3]];
const actual = [0, 0, 0, 1, 0, 1];

describe("reliabilityDiagram", () => {
  it("bins by top-class confidence with counts, mean confidence and accuracy", () => {
    const bins = reliabilityDiagram(probabilities, actual);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 2, 1, 1, 1, 1]);
    // bin 5: confidence (0.60 + 0.55) / 2 = 0.575, accuracy 1/2
    expect(bins[5].confidence).toBeCloseTo(0.575, 12);
    expect(bins[5].accuracy).toBe(0.5);
    expect(bins[6]).toMatchObject({ count: 1, confidence: 0.7, accuracy: 0 });
    expect(bins[9]).toMatchObject({ lower: 0.9, upper: 1, confidence: 0.95, accuracy: 1 });
    expect(bins[0]).toEqual({ lower: 0, upper: 0.1, count: 0, confidence: null, accuracy: null });
  });

  it("puts each edge k/10 into the bin that it closes, despite float products like 0.7 * 10", () => {
    for (let k = 1; k <= 10; k++) {
      const confidence = k / 10;
      // a one-entry row makes the confidence exactly k/10 even below 0.5
      const bins = reliabilityDiagram([[confidence]], [0]);
      expect(bins.findIndex((b) => b.count === 1)).toBe(k - 1);
    }
    const justAbove = reliabilityDiagram([[0.7000001, 0.2999999]], [0]);
    expect(justAbove.findIndex((b) => b.count === 1)).toBe(7);
    expect(reliabilityDiagram([[0]], [0])[0].count).toBe(1); // 0 joins the first bin
  });

  it("supports other bin counts", () => {
    // 5 bins of 0.2: 0.95, 0.85 -> (0.8, 1]; 0.8, 0.7 -> (0.6, 0.8]; 0.6, 0.55 -> (0.4, 0.6]
    expect(reliabilityDiagram(probabilities, actual, 5).map((b) => b.count)).toEqual([0, 0, 2, 2, 2]);
  });

  it("rejects bad input", () => {
    expect(() => reliabilityDiagram([[0.5, 0.5]], [0], 0)).toThrow(RangeError);
    expect(() => reliabilityDiagram([[0.5, 0.5]], [], 10)).toThrow(RangeError);
    expect(() => reliabilityDiagram([[]], [0])).toThrow(RangeError);
    expect(() => reliabilityDiagram([[1.5, -0.5]], [0])).toThrow(RangeError);
  });
});

describe("expectedCalibrationError", () => {
  it("weights each bin's |accuracy - confidence| by its share of items", () => {
    // bin 5: 2/6 * |0.5 - 0.575| = 2/6 * 0.075
    // bins 6..9, one item each: |0 - .70| = .70, |1 - .80| = .20, |0 - .85| = .85, |1 - .95| = .05
    // ECE = (2 * 0.075 + 0.70 + 0.20 + 0.85 + 0.05) / 6 = (0.15 + 1.80) / 6 = 1.95 / 6 = 0.325
    expect(expectedCalibrationError(probabilities, actual)).toBeCloseTo(0.325, 12);
  });

  it("is 0 when confidence matches accuracy, and null without items", () => {
    // two items at confidence 0.5 (argmax picks class 0), one of them actually class 0 -> 50% vs 0.5
    expect(expectedCalibrationError([[0.5, 0.5], [0.5, 0.5]], [0, 1])).toBe(0);
    expect(expectedCalibrationError([], [])).toBeNull();
  });

  it("is 1 minus confidence for a model that is always sure and always right", () => {
    // one bin, accuracy 1, confidence 1 -> 0; always sure and always wrong -> |0 - 1| = 1
    expect(expectedCalibrationError([[1, 0], [0, 1]], [0, 1])).toBe(0);
    expect(expectedCalibrationError([[1, 0], [0, 1]], [1, 0])).toBe(1);
  });
});
