import { describe, expect, it } from "vitest";
import { labelingRate } from "@/core/quality/labeling-rate";

const start = Date.UTC(2026, 0, 5, 10, 0);
const every = (n: number, gapMs: number, from = start) => Array.from({ length: n }, (_, i) => new Date(from + i * gapMs));

describe("labelingRate", () => {
  it("says nothing about 28 labels in 15 seconds", () => {
    const result = labelingRate(every(28, 15_000 / 27));
    expect(result.labels).toBe(28);
    expect(result.activeMinutes).toBeCloseTo(0.25, 10);
    expect(result.labelsPerHour).toBeNull();
  });

  it("says nothing below 20 labels however long they took", () => {
    expect(labelingRate(every(19, 60_000)).labelsPerHour).toBeNull(); // 18 minutes
  });

  it("gives (n - 1) labels per labeling time once both thresholds are met", () => {
    // 21 labels one minute apart: 20 gaps, 20 minutes, 60 per hour.
    expect(labelingRate(every(21, 60_000))).toEqual({ labels: 21, activeMinutes: 20, labelsPerHour: 60 });
  });

  it("counts a break as five minutes at most, in any order", () => {
    // 20 labels 30 s apart (9.5 min), a night off, then 1 more: 9.5 + 5 = 14.5 minutes, 20 gaps.
    const times = [...every(20, 30_000), new Date(start + 86_400_000)].reverse();
    const result = labelingRate(times);
    expect(result.activeMinutes).toBeCloseTo(14.5, 10);
    expect(result.labelsPerHour).toBeCloseTo((20 / 14.5) * 60, 10);
  });

  it("has no rate without labels", () => {
    expect(labelingRate([])).toEqual({ labels: 0, activeMinutes: 0, labelsPerHour: null });
  });
});
