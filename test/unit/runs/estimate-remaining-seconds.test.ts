import { describe, expect, it } from "vitest";
import { estimateRemainingSeconds } from "@/server/services/runs/estimate-remaining-seconds";

const startedAt = new Date("2026-12-01T10:00:00Z");
const at = (seconds: number) => new Date(startedAt.getTime() + seconds * 1000);

describe("estimateRemainingSeconds", () => {
  it("extrapolates the time taken so far over the progress left", () => {
    expect(estimateRemainingSeconds({ status: "RUNNING", progress: 0.25, startedAt }, at(60))).toBeCloseTo(180);
    expect(estimateRemainingSeconds({ status: "RUNNING", progress: 0.9, startedAt }, at(900))).toBeCloseTo(100);
  });

  it("gives no estimate before there is enough to go on, or once the run is not running", () => {
    expect(estimateRemainingSeconds({ status: "RUNNING", progress: 0.04, startedAt }, at(600))).toBeNull();
    expect(estimateRemainingSeconds({ status: "RUNNING", progress: 0.5, startedAt }, at(5))).toBeNull();
    expect(estimateRemainingSeconds({ status: "QUEUED", progress: 0, startedAt: null }, at(60))).toBeNull();
    expect(estimateRemainingSeconds({ status: "SUCCEEDED", progress: 1, startedAt }, at(60))).toBeNull();
  });
});
