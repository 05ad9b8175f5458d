import { describe, expect, it } from "vitest";
import { macroRocAuc, rocAuc } from "@/core/metrics/roc-auc";

describe("rocAuc", () => {
  it("matches the Mann-Whitney count on distinct scores", () => {
    // negatives 0.1, 0.4; positives 0.35, 0.8. Ascending ranks: 0.1=1, 0.35=2, 0.4=3, 0.8=4
    // positive rank sum 2 + 4 = 6; AUC = (6 - 2*3/2) / (2*2) = 3/4
    // (pairwise: 0.35 beats 0.1 only, 0.8 beats both -> 3 of 4 pairs)
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });

  it("counts a positive tied with a negative as half a win", () => {
    // ascending: 0.2 (neg) rank 1; 0.5 (pos) and 0.5 (neg) share ranks 2,3 -> 2.5 each; 0.9 (pos) rank 4
    // positive rank sum 2.5 + 4 = 6.5; AUC = (6.5 - 3) / 4 = 0.875
    // (pairwise: 0.5 vs 0.5 tie = 0.5, 0.5 beats 0.2 = 1, 0.9 beats both = 2 -> 3.5/4)
    expect(rocAuc([0.5, 0.5, 0.2, 0.9], [true, false, false, true])).toBe(0.875);
  });

  it("gives 0.5 when every score ties, 1 for perfect and 0 for inverted ranking", () => {
    expect(rocAuc([0.3, 0.3, 0.3], [true, false, false])).toBe(0.5);
    expect(rocAuc([0.9, 0.8, 0.1], [true, true, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9], [true, true, false])).toBe(0);
  });

  it("is null without positives or without negatives", () => {
    expect(rocAuc([0.1, 0.2], [false, false])).toBeNull();
    expect(rocAuc([0.1, 0.2], [true, true])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
  });

  it("rejects NaN scores and mismatched lengths", () => {
    expect(() => rocAuc([Number.NaN, 0.2], [true, false])).toThrow(RangeError);
    expect(() => rocAuc([0.2], [true, false])).toThrow(RangeError);
  });
});

describe("macroRocAuc", () => {
  it("averages one-vs-rest AUCs", () => {
    const probabilities = [
      [0.7, 0.2, 0.1], // actual 0
      [0.2, 0.5, 0.3], // actual 1
      [0.1, 0.3, 0.6], // actual 2
      [0.3, 0.6, 0.1], // actual 0
    ];
    // class 0 scores .7 .2 .1 .3, positives items 0,3: ranks .1=1 .2=2 .3=3 .7=4 -> (3+4-3)/(2*2) = 1
    // class 1 scores .2 .5 .3 .6, positive item 1: ranks .2=1 .3=2 .5=3 .6=4 -> (3-1)/(1*3) = 2/3
    // class 2 scores .1 .3 .6 .1, positive item 2: ranks .1,.1=1.5 .3=3 .6=4 -> (4-1)/3 = 1
    // macro = (1 + 2/3 + 1) / 3 = 8/9
    const result = macroRocAuc(probabilities, [0, 1, 2, 0], 3);
    expect(result.perClass[0]).toBe(1);
    expect(result.perClass[1]).toBeCloseTo(2 / 3, 12);
    expect(result.perClass[2]).toBe(1);
    expect(result.macro).toBeCloseTo(8 / 9, 12);
  });

  it("is null overall when a class has no positives, keeping the defined classes", () => {
    // no item is class 2; classes 0 and 1 still have an AUC
    const result = macroRocAuc([[0.8, 0.1, 0.1], [0.3, 0.6, 0.1]], [0, 1], 3);
    expect(result.perClass).toEqual([1, 1, null]);
    expect(result.macro).toBeNull();
  });

  it("rejects rows of the wrong width", () => {
    expect(() => macroRocAuc([[0.5, 0.5]], [0], 3)).toThrow(RangeError);
  });
});
