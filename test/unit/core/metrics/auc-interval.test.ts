import { describe, expect, it } from "vitest";
import { aucInterval, majorityBaseline } from "@/core/metrics/auc-interval";

describe("aucInterval (Hanley-McNeil)", () => {
  it("matches a hand computation", () => {
    // A = 0.75, 30 positives, 70 negatives: Q1 = 0.75/1.25 = 0.6, Q2 = 2*0.5625/1.75 = 0.642857;
    // SE^2 = (0.1875 + 29*0.0375 + 69*0.080357) / 2100 = 6.819643 / 2100 = 0.0032475.
    const interval = aucInterval(0.75, 30, 70)!;
    expect(interval.standardError).toBeCloseTo(0.056986, 5);
    expect(interval.lower).toBeCloseTo(0.75 - 1.96 * 0.056986, 5);
    expect(interval.upper).toBeCloseTo(0.75 + 1.96 * 0.056986, 5);
  });

  it("narrows with more cases and stays inside [0, 1]", () => {
    expect(aucInterval(0.9, 500, 500)!.standardError).toBeLessThan(aucInterval(0.9, 50, 50)!.standardError);
    const perfect = aucInterval(1, 10, 10)!;
    expect(perfect.upper).toBe(1);
    expect(perfect.standardError).toBe(0);
    expect(aucInterval(0.02, 10, 10)!.lower).toBe(0);
  });

  it("has no interval without both classes and refuses impossible input", () => {
    expect(aucInterval(0.5, 0, 10)).toBeNull();
    expect(() => aucInterval(1.2, 5, 5)).toThrow(RangeError);
    expect(() => aucInterval(0.5, 2.5, 5)).toThrow(RangeError);
  });
});

describe("majorityBaseline", () => {
  it("answers the most frequent class, ties to the lowest index", () => {
    expect(majorityBaseline([1, 1, 0, 1])).toEqual({ classIndex: 1, accuracy: 0.75 });
    expect(majorityBaseline([1, 0])).toEqual({ classIndex: 0, accuracy: 0.5 });
    expect(majorityBaseline([])).toBeNull();
  });
});
