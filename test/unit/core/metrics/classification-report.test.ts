import { describe, expect, it } from "vitest";
import { classificationReport } from "@/core/metrics/classification-report";

describe("classificationReport", () => {
  it("computes per-class and averaged figures", () => {
    // rows actual, cols predicted; row sums (support) 2, 2, 3; column sums 2, 3, 2; total 7
    const report = classificationReport(
      [
        [1, 1, 0],
        [0, 2, 0],
        [1, 0, 2],
      ],
      ["human", "ai", "mixed"],
    );
    // class 0: P = 1/2, R = 1/2, F1 = 0.5
    // class 1: P = 2/3, R = 2/2 = 1, F1 = 2(2/3)(1)/(2/3 + 1) = (4/3)/(5/3) = 0.8
    // class 2: P = 2/2 = 1, R = 2/3, F1 = 0.8 (same numbers swapped)
    const [c0, c1, c2] = report.perClass;
    expect(c0).toMatchObject({ classIndex: 0, classKey: "human", precision: 0.5, recall: 0.5, support: 2 });
    expect(c0.f1).toBeCloseTo(0.5, 12);
    expect(c1.precision).toBeCloseTo(2 / 3, 12);
    expect(c1.recall).toBe(1);
    expect(c1.f1).toBeCloseTo(0.8, 12);
    expect(c2).toMatchObject({ classKey: "mixed", precision: 1, support: 3 });
    expect(c2.recall).toBeCloseTo(2 / 3, 12);
    expect(c2.f1).toBeCloseTo(0.8, 12);
    // accuracy = diagonal 1 + 2 + 2 = 5 over 7
    expect(report.accuracy).toBeCloseTo(5 / 7, 12);
    expect(report.total).toBe(7);
    // macro = (0.5 + 0.8 + 0.8) / 3 = 0.7
    expect(report.macroF1).toBeCloseTo(0.7, 12);
    // weighted = (0.5*2 + 0.8*2 + 0.8*3) / 7 = (1 + 1.6 + 2.4) / 7 = 5/7
    expect(report.weightedF1).toBeCloseTo(5 / 7, 12);
  });

  it("defines 0/0 as 0 and leaves classes absent from data and predictions out of macro-F1", () => {
    // class 1 has one item but is never predicted: P = 0/0 -> 0, R = 0/1 = 0, F1 = 0
    // class 2 never occurs nor is predicted: all 0, and not part of the macro average
    // class 0: P = 2/3, R = 2/2 = 1, F1 = 2(2/3)/(5/3) = 0.8
    const report = classificationReport([
      [2, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(report.perClass[1]).toMatchObject({ classKey: "1", precision: 0, recall: 0, f1: 0, support: 1 });
    expect(report.perClass[2]).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(report.perClass[0].f1).toBeCloseTo(0.8, 12);
    expect(report.macroF1).toBeCloseTo((0.8 + 0) / 2, 12); // over classes 0 and 1
    expect(report.weightedF1).toBeCloseTo((0.8 * 2 + 0 * 1) / 3, 12);
    expect(report.accuracy).toBeCloseTo(2 / 3, 12);
  });

  it("returns zeros for an empty matrix", () => {
    const report = classificationReport([
      [0, 0],
      [0, 0],
    ]);
    expect(report).toMatchObject({ accuracy: 0, macroF1: 0, weightedF1: 0, total: 0 });
    expect(report.perClass.every((c) => c.precision === 0 && c.recall === 0 && c.f1 === 0)).toBe(true);
  });

  it("scores a perfect model 1 everywhere", () => {
    const report = classificationReport([
      [3, 0],
      [0, 1],
    ]);
    expect(report).toMatchObject({ accuracy: 1, macroF1: 1, weightedF1: 1 });
  });

  it("rejects a non-square matrix or the wrong number of class keys", () => {
    expect(() => classificationReport([[1, 0]])).toThrow(RangeError);
    expect(() => classificationReport([[1]], ["a", "b"])).toThrow(RangeError);
  });
});
