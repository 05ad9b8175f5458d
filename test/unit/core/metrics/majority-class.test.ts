import { describe, expect, it } from "vitest";
import { actualClassCounts, correctCount, majorityClass, predictedClassCounts } from "@/core/metrics/majority-class";
import { collapsedClass } from "@/core/metrics/collapsed-predictions";

describe("majorityClass", () => {
  it("is the largest class's share", () => {
    // 6 HUMAN, 5 AI: always HUMAN is right 6 times of 11.
    expect(majorityClass([6, 5])).toEqual({ classIndex: 0, rate: 6 / 11, total: 11 });
    // The run: 699 of 1000 in the larger class, the "69.9% accuracy".
    expect(majorityClass([301, 699])).toEqual({ classIndex: 1, rate: 0.699, total: 1000 });
    expect(majorityClass([2, 3, 5])).toEqual({ classIndex: 2, rate: 0.5, total: 10 });
  });

  it("breaks ties to the lowest index and has no baseline without items", () => {
    expect(majorityClass([4, 4])).toEqual({ classIndex: 0, rate: 0.5, total: 8 });
    expect(majorityClass([0, 0])).toBeNull();
    expect(majorityClass([])).toBeNull();
    expect(() => majorityClass([3, -1])).toThrow(RangeError);
    expect(() => majorityClass([1.5, 2])).toThrow(RangeError);
  });
});

describe("confusion-matrix margins", () => {
  const matrix = [[5, 1], [2, 3]];
  it("reads actual classes from rows, predictions from columns, correct from the diagonal", () => {
    expect(actualClassCounts(matrix)).toEqual([6, 5]);
    expect(predictedClassCounts(matrix)).toEqual([7, 4]);
    expect(correctCount(matrix)).toBe(8);
    expect(predictedClassCounts([])).toEqual([]);
  });
});

describe("collapsedClass", () => {
  it("names the one class every prediction fell into", () => {
    expect(collapsedClass([[699, 0], [301, 0]])).toBe(0);
    expect(collapsedClass([[0, 3], [0, 2]])).toBe(1);
    expect(collapsedClass([[0, 2, 0], [0, 1, 0], [0, 4, 0]])).toBe(1);
  });

  it("is null when predictions use two classes, or there is too little to tell", () => {
    expect(collapsedClass([[5, 1], [2, 3]])).toBeNull();
    expect(collapsedClass([[998, 1], [1, 0]])).toBeNull(); // one answer of the other class is not a collapse
    expect(collapsedClass([[1, 0], [0, 0]])).toBeNull(); // a single item
    expect(collapsedClass([[0, 0], [0, 0]])).toBeNull();
    expect(collapsedClass([[7]])).toBeNull(); // one class: nothing else to answer
  });
});
