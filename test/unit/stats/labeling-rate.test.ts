import { describe, expect, it } from "vitest";
import { labelingRate } from "@/server/services/quality/stats/labeling-rate";

const at = (day: number, hour: number, minute: number) => new Date(Date.UTC(2026, 0, day, hour, minute));

describe("labelingRate", () => {
  it("divides labels by the clock hours that had at least one", () => {
    // 10:00-10:59 twice, 11:59 once, and the same 10:xx hour on another day: 3 active hours.
    const result = labelingRate([at(5, 10, 0), at(5, 10, 59), at(5, 11, 59), at(6, 10, 30)]);
    expect(result).toEqual({ labels: 4, activeHours: 3, labelsPerHour: 4 / 3 });
  });

  it("has no rate without labels", () => {
    expect(labelingRate([])).toEqual({ labels: 0, activeHours: 0, labelsPerHour: null });
  });
});
