import { describe, expect, it } from "vitest";
import { confusionMatrix } from "@/core/metrics/confusion-matrix";

describe("confusionMatrix", () => {
  it("counts rows as actual and columns as predicted", () => {
    // pairs (actual,predicted): (0,0) (0,1) (1,1) (1,1) (2,2) (2,0) (2,2)
    // row 0: one 0->0, one 0->1; row 1: two 1->1; row 2: one 2->0, two 2->2
    expect(confusionMatrix([0, 0, 1, 1, 2, 2, 2], [0, 1, 1, 1, 2, 0, 2], 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 2],
    ]);
  });

  it("returns a zero matrix for no items", () => {
    expect(confusionMatrix([], [], 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("rejects mismatched lengths, out-of-range or fractional labels, and a bad class count", () => {
    expect(() => confusionMatrix([0], [0, 1], 2)).toThrow(RangeError);
    expect(() => confusionMatrix([2], [0], 2)).toThrow(/out of range/);
    expect(() => confusionMatrix([0], [-1], 2)).toThrow(/out of range/);
    expect(() => confusionMatrix([0.5], [0], 2)).toThrow(/out of range/);
    expect(() => confusionMatrix([], [], 0)).toThrow(RangeError);
  });
});
