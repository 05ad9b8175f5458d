import { describe, expect, it } from "vitest";
import { cohensKappa, type ItemLabel } from "@/core/quality/cohens-kappa";

/** Builds two raters' ratings from a list of [labelA, labelB] pairs on items 0..n-1. */
function raters(pairs: [string, string][]): [ItemLabel[], ItemLabel[]] {
  return [
    pairs.map(([a], i) => ({ itemId: `${i}`, label: a })),
    pairs.map(([, b], i) => ({ itemId: `${i}`, label: b })),
  ];
}

const repeat = (pair: [string, string], times: number) => Array.from({ length: times }, () => pair);

describe("cohensKappa", () => {
  it("matches the textbook 2x2 example", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15
    // p_o = (20 + 15)/50 = 0.7; A yes 25/50, B yes 30/50
    // p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5)/(1 - 0.5) = 0.4
    const [a, b] = raters([
      ...repeat(["yes", "yes"], 20), ...repeat(["yes", "no"], 5),
      ...repeat(["no", "yes"], 10), ...repeat(["no", "no"], 15),
    ]);
    const result = cohensKappa(a, b);
    expect(result.kappa).toBeCloseTo(0.4, 12);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.items).toBe(50);
  });

  it("uses only the items both raters labelled", () => {
    // shared items 1, 2: (x,x), (y,x) -> p_o = 1/2; A: x 1, y 1; B: x 2 -> p_e = (1*2)/4 = 1/2 -> kappa 0
    const a = [{ itemId: "1", label: "x" }, { itemId: "2", label: "y" }, { itemId: "3", label: "y" }];
    const b = [{ itemId: "2", label: "x" }, { itemId: "1", label: "x" }, { itemId: "4", label: "y" }];
    expect(cohensKappa(a, b)).toEqual({ kappa: 0, observed: 0.5, expected: 0.5, items: 2 });
  });

  it("gives -1 for systematic disagreement and 0 when one rater is constant", () => {
    // (x,y), (y,x): p_o = 0, p_e = .5*.5 + .5*.5 = .5 -> (0 - .5)/.5 = -1
    expect(cohensKappa(...raters([["x", "y"], ["y", "x"]])).kappa).toBe(-1);
    // A: x x x x, B: x x y y: p_o = 2/4, p_e = 1*0.5 + 0*0.5 = 0.5 -> 0
    expect(cohensKappa(...raters([["x", "x"], ["x", "x"], ["x", "y"], ["x", "y"]])).kappa).toBe(0);
  });

  it("is null with no shared items", () => {
    const result = cohensKappa([{ itemId: "1", label: "x" }], [{ itemId: "2", label: "x" }]);
    expect(result).toEqual({ kappa: null, observed: null, expected: null, items: 0 });
  });

  it("defines kappa = 1 when both raters used one and the same class throughout (p_e = 1)", () => {
    // p_o = 1, p_e = 1*1 = 1 -> 0/0, defined as 1
    expect(cohensKappa(...raters(repeat(["x", "x"], 3)))).toEqual({ kappa: 1, observed: 1, expected: 1, items: 3 });
    // two classes, perfect agreement: p_e = .5 -> (1 - .5)/.5 = 1
    expect(cohensKappa(...raters([["x", "x"], ["y", "y"]])).kappa).toBe(1);
  });

  it("accepts numeric labels and rejects an item rated twice by one rater", () => {
    expect(cohensKappa([{ itemId: "1", label: 0 }, { itemId: "2", label: 1 }], [{ itemId: "1", label: 0 }, { itemId: "2", label: 1 }]).kappa).toBe(1);
    expect(() => cohensKappa([{ itemId: "1", label: 0 }, { itemId: "1", label: 1 }], [])).toThrow(RangeError);
  });
});
