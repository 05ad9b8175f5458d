import { describe, expect, it } from "vitest";
import { entropy, leastConfidence, margin, uncertainty } from "@/core/uncertainty/uncertainty";

describe("uncertainty strategies", () => {
  it("scores [0.6, 0.3, 0.1]", () => {
    const p = [0.6, 0.3, 0.1];
    expect(leastConfidence(p)).toBeCloseTo(0.4, 12); // 1 - 0.6
    expect(margin(p)).toBeCloseTo(0.7, 12); // 1 - (0.6 - 0.3)
    // H = -(0.6 ln 0.6 + 0.3 ln 0.3 + 0.1 ln 0.1) = 0.306495 + 0.361192 + 0.230259 = 0.897946
    // normalised by ln 3 = 1.098612 -> 0.897946 / 1.098612 = 0.817345
    expect(entropy(p)).toBeCloseTo(0.817345, 6);
  });

  it("scores [0.9, 0.1]", () => {
    const p = [0.9, 0.1];
    expect(leastConfidence(p)).toBeCloseTo(0.1, 12);
    expect(margin(p)).toBeCloseTo(0.2, 12); // 1 - 0.8
    // H = 0.9 * 0.105361 + 0.1 * 2.302585 = 0.094825 + 0.230259 = 0.325083; / ln 2 (0.693147) = 0.468996
    expect(entropy(p)).toBeCloseTo(0.468996, 6);
  });

  it("reaches its extremes at certain and uniform rows", () => {
    expect([leastConfidence([1, 0]), margin([1, 0]), entropy([1, 0])]).toEqual([0, 0, 0]);
    expect([leastConfidence([0.5, 0.5]), margin([0.5, 0.5]), entropy([0.5, 0.5])]).toEqual([0.5, 1, 1]);
    const uniform = [0.25, 0.25, 0.25, 0.25];
    expect(leastConfidence(uniform)).toBe(0.75); // 1 - 1/K
    expect(margin(uniform)).toBe(1);
    expect(entropy(uniform)).toBe(1); // ln 4 / ln 4
  });

  it("orders margin by the top two, whatever their positions", () => {
    // top two are 0.5 and 0.4 -> 1 - 0.1 = 0.9
    expect(margin([0.1, 0.4, 0.5])).toBeCloseTo(0.9, 12);
  });

  it("treats a single class as certain", () => {
    expect([leastConfidence([1]), margin([1]), entropy([1])]).toEqual([0, 0, 0]);
  });

  it("dispatches by strategy name", () => {
    const p = [0.6, 0.3, 0.1];
    expect(uncertainty("LEAST_CONFIDENCE", p)).toBe(leastConfidence(p));
    expect(uncertainty("MARGIN", p)).toBe(margin(p));
    expect(uncertainty("ENTROPY", p)).toBe(entropy(p));
    expect(() => uncertainty("RANDOM" as never, p)).toThrow(RangeError);
  });

  it("rejects rows that are not probability distributions", () => {
    expect(() => entropy([])).toThrow(RangeError);
    expect(() => margin([-0.1, 1.1])).toThrow(RangeError);
    expect(() => leastConfidence([2.1, -1.3])).toThrow(RangeError); // logits, not probabilities
    expect(() => leastConfidence([0.7, 0.7])).toThrow(/sum/);
    expect(() => entropy([Number.NaN, 1])).toThrow(RangeError);
    // float32 softmax rounding is tolerated
    expect(leastConfidence([0.6000001, 0.4])).toBeCloseTo(0.4, 6);
  });
});
