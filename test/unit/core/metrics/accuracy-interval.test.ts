import { describe, expect, it } from "vitest";
import { accuracyInterval } from "@/core/metrics/accuracy-interval";

describe("accuracyInterval", () => {
  it("gives the Wilson interval for 18 of 20", () => {
    // p = 0.9, n = 20, z = 1.96, z^2 = 3.8416
    // denominator = 1 + 3.8416/20 = 1.19208
    // center = (0.9 + 3.8416/40) / 1.19208 = 0.99604 / 1.19208 = 0.835548
    // half = 1.96/1.19208 * sqrt(0.9*0.1/20 + 3.8416/1600) = 1.644185 * sqrt(0.006901)
    //      = 1.644185 * 0.0830722 = 0.136586
    // interval 0.835548 -/+ 0.136586 = [0.698962, 0.972134]
    const interval = accuracyInterval(18, 20)!;
    expect(interval.estimate).toBe(0.9);
    expect(interval.lower).toBeCloseTo(0.698962, 5);
    expect(interval.upper).toBeCloseTo(0.972134, 5);
    expect(interval.halfWidth).toBeCloseTo(0.136586, 5);
    expect(interval.total).toBe(20);
  });

  it("keeps width at 100% accuracy, unlike the normal approximation", () => {
    // p = 1, n = 10: denominator = 1 + 3.8416/10 = 1.38416
    // center = (1 + 3.8416/20) / 1.38416 = 1.19208 / 1.38416 = 0.861230
    // half = 1.96/1.38416 * sqrt(3.8416/400) = 1.416022 * 0.098 = 0.138770
    // -> [0.722460, 1.000000]
    const interval = accuracyInterval(10, 10)!;
    expect(interval.lower).toBeCloseTo(0.72246, 5);
    expect(interval.upper).toBeCloseTo(1, 12);
    expect(interval.halfWidth).toBeCloseTo(0.13877, 5);
  });

  it("is symmetric for 0 correct and narrows as n grows", () => {
    // 0 of 10 mirrors 10 of 10: [0, 1 - 0.722460]
    const none = accuracyInterval(0, 10)!;
    expect(none.lower).toBeCloseTo(0, 12);
    expect(none.upper).toBeCloseTo(1 - 0.72246, 5);
    // n = 1000, p = 0.9: half = 1.96/1.0038416 * sqrt(0.00009 + 3.8416/4e6) = 1.952499 * 0.0095370 = 0.018621
    expect(accuracyInterval(900, 1000)!.halfWidth).toBeCloseTo(0.018621, 5);
  });

  it("is null for an empty split and rejects impossible counts", () => {
    expect(accuracyInterval(0, 0)).toBeNull();
    expect(() => accuracyInterval(5, 4)).toThrow(RangeError);
    expect(() => accuracyInterval(-1, 4)).toThrow(RangeError);
    expect(() => accuracyInterval(1.5, 4)).toThrow(RangeError);
  });

  it("accepts another z", () => {
    // z = 0 collapses to the point estimate: center p, half 0
    expect(accuracyInterval(3, 4, 0)).toMatchObject({ lower: 0.75, upper: 0.75, halfWidth: 0 });
  });
});
