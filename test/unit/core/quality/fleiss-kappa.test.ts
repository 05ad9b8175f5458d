import { describe, expect, it } from "vitest";
import { fleissKappa } from "@/core/quality/fleiss-kappa";

// Fleiss (1971) worked example as given on Wikipedia: 10 items, 14 raters each, 5 categories.
const table = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("fleissKappa", () => {
  it("reproduces the worked example (kappa 0.210)", () => {
    // column totals 20, 28, 39, 21, 32 (sum 140 = 10 * 14)
    // p_j^2 sum = (400 + 784 + 1521 + 441 + 1024) / 140^2 = 4170 / 19600 = 0.212755
    // row sums of squares 196, 60, 70, 94, 74, 98, 58, 46, 66, 66; P_i = (s - 14) / (14*13)
    // mean P_i = (182 + 46 + 56 + 80 + 60 + 84 + 44 + 32 + 52 + 52) / (182 * 10) = 688 / 1820 = 0.378022
    // kappa = (0.378022 - 0.212755) / (1 - 0.212755) = 0.165267 / 0.787245 = 0.209930
    const result = fleissKappa(table);
    expect(result.observed).toBeCloseTo(688 / 1820, 12);
    expect(result.expected).toBeCloseTo(4170 / 19600, 12);
    expect(result.kappa).toBeCloseTo(0.20993, 5);
    expect(result.items).toBe(10);
    expect(result.raters).toBe(14);
  });

  it("skips items with fewer than two ratings", () => {
    const result = fleissKappa([...table, [1, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    expect(result.items).toBe(10);
    expect(result.kappa).toBeCloseTo(0.20993, 5);
  });

  it("gives 1 for perfect agreement and -1 for the most disagreement two raters can show", () => {
    // [[3,0],[0,3]]: every P_i = 1; p = (.5, .5), P_e = .5 -> (1 - .5)/.5 = 1
    expect(fleissKappa([[3, 0], [0, 3]]).kappa).toBe(1);
    // [[1,1],[1,1]]: P_i = (1 + 1 - 2)/(2*1) = 0; P_e = .5 -> (0 - .5)/.5 = -1
    expect(fleissKappa([[1, 1], [1, 1]]).kappa).toBe(-1);
  });

  it("defines kappa = 1 when every rating is in one category (P_e = 1)", () => {
    expect(fleissKappa([[3, 0], [3, 0]])).toMatchObject({ kappa: 1, observed: 1, expected: 1 });
  });

  it("is null with no usable items", () => {
    expect(fleissKappa([])).toEqual({ kappa: null, observed: null, expected: null, items: 0, raters: null });
    expect(fleissKappa([[1, 0]]).kappa).toBeNull();
  });

  it("rejects a varying number of raters and invalid counts", () => {
    expect(() => fleissKappa([[2, 0], [1, 2]])).toThrow(/Krippendorff/);
    expect(() => fleissKappa([[1.5, 1]])).toThrow(RangeError);
    expect(() => fleissKappa([[-1, 3]])).toThrow(RangeError);
  });
});
