import { describe, expect, it } from "vitest";
import { classWeights } from "@/core/metrics/class-weights";

describe("classWeights", () => {
  it("gives n / (k * count) and the max/min ratio", () => {
    // counts [3, 1], n = 4, k = 2: 4/(2*3) = 2/3, 4/(2*1) = 2; total weight 3*(2/3) + 1*2 = 4 = n
    const result = classWeights([0, 0, 0, 1], 2);
    expect(result.counts).toEqual([3, 1]);
    expect(result.weights[0]).toBeCloseTo(2 / 3, 12);
    expect(result.weights[1]).toBe(2);
    expect(result.imbalanceRatio).toBe(3);
    expect(result.missingClasses).toEqual([]);
  });

  it("weights 1 each when balanced", () => {
    expect(classWeights([0, 1, 2, 0, 1, 2], 3)).toMatchObject({ weights: [1, 1, 1], imbalanceRatio: 1 });
  });

  it("reports missing classes, weights them 0 and divides among the present ones", () => {
    // counts [2, 0, 1], n = 3, present k = 2: 3/(2*2) = 0.75, 0, 3/(2*1) = 1.5
    expect(classWeights([0, 0, 2], 3)).toEqual({
      counts: [2, 0, 1],
      weights: [0.75, 0, 1.5],
      imbalanceRatio: null,
      missingClasses: [1],
    });
  });

  it("handles no labels and rejects out-of-range labels", () => {
    expect(classWeights([], 2)).toEqual({ counts: [0, 0], weights: [0, 0], imbalanceRatio: null, missingClasses: [0, 1] });
    expect(() => classWeights([2], 2)).toThrow(RangeError);
    expect(() => classWeights([0], 0)).toThrow(RangeError);
  });
});
