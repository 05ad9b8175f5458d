import { describe, expect, it } from "vitest";
import { confidenceWhenWrong } from "@/core/metrics/confidence-when-wrong";

describe("confidenceWhenWrong", () => {
  it("averages the top probability over the wrong predictions only", () => {
    const probabilities = [[0.9, 0.1], [0.2, 0.8], [0.7, 0.3], [0.4, 0.6]];
    // Actual 0, 0, 1, 1: rows 2 (0.8 for class 1) and 3 (0.7 for class 0) are wrong.
    const result = confidenceWhenWrong(probabilities, [0, 0, 1, 1]);
    expect(result.wrong).toBe(2);
    expect(result.meanConfidence).toBeCloseTo((0.8 + 0.7) / 2, 12);
  });

  it("has no mean when nothing was wrong, and refuses mismatched lengths", () => {
    expect(confidenceWhenWrong([[0.6, 0.4]], [0])).toEqual({ wrong: 0, meanConfidence: null });
    expect(() => confidenceWhenWrong([[0.6, 0.4]], [0, 1])).toThrow(RangeError);
  });
});
