import { describe, expect, it } from "vitest";
import { pairwiseKappas } from "@/core/quality/pairwise-kappas";
import type { Annotation } from "@/core/quality/group-ratings";

const rate = (itemId: string, raterId: string, label: string): Annotation => ({ itemId, raterId, label });

describe("pairwiseKappas", () => {
  it("computes kappa for every rater pair over the items they share", () => {
    const annotations = [
      rate("1", "B", "x"), rate("2", "B", "y"), rate("3", "B", "y"), rate("4", "B", "y"),
      rate("1", "A", "x"), rate("2", "A", "x"), rate("3", "A", "y"), rate("4", "A", "y"),
      rate("5", "B", "x"), rate("6", "B", "y"), rate("5", "C", "x"), rate("6", "C", "y"),
    ];
    // A-B on items 1-4: agree on 1, 3, 4 -> p_o = 3/4; A x2 y2, B x1 y3
    //   p_e = (2*1 + 2*3)/16 = 1/2 -> kappa = (3/4 - 1/2)/(1/2) = 1/2
    // A-C: no shared item -> null
    // B-C on items 5, 6: (x,x), (y,y) -> p_o = 1, p_e = (1 + 1)/4 = 1/2 -> kappa 1
    expect(pairwiseKappas(annotations)).toEqual([
      { raterA: "A", raterB: "B", kappa: 0.5, observed: 0.75, expected: 0.5, items: 4 },
      { raterA: "A", raterB: "C", kappa: null, observed: null, expected: null, items: 0 },
      { raterA: "B", raterB: "C", kappa: 1, observed: 1, expected: 0.5, items: 2 },
    ]);
  });

  it("returns nothing for fewer than two raters", () => {
    expect(pairwiseKappas([])).toEqual([]);
    expect(pairwiseKappas([rate("1", "A", "x")])).toEqual([]);
  });
});
