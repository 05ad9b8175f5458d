import { describe, expect, it } from "vitest";
import { percentAgreement } from "@/core/quality/percent-agreement";
import type { Annotation } from "@/core/quality/group-ratings";

const rate = (itemId: string, raterId: string, label: string): Annotation => ({ itemId, raterId, label });

describe("percentAgreement", () => {
  it("averages each item's share of agreeing rater pairs", () => {
    const annotations = [
      // item 1: x, x, y -> 3 pairs, 1 agrees (the two x) -> 1/3
      rate("1", "A", "x"), rate("1", "B", "x"), rate("1", "C", "y"),
      // item 2: x, x -> 1 pair, agrees -> 1
      rate("2", "A", "x"), rate("2", "B", "x"),
      // item 3: one rater -> no pair, skipped
      rate("3", "A", "x"),
      // item 4: x, y, x, y -> 6 pairs, 2 agree -> 1/3
      rate("4", "A", "x"), rate("4", "B", "y"), rate("4", "C", "x"), rate("4", "D", "y"),
    ];
    // mean over 3 items: (1/3 + 1 + 1/3) / 3 = 5/9; pairs 3 + 1 + 6 = 10
    const result = percentAgreement(annotations);
    expect(result.agreement).toBeCloseTo(5 / 9, 12);
    expect(result.items).toBe(3);
    expect(result.pairs).toBe(10);
  });

  it("is null when no item has two raters", () => {
    expect(percentAgreement([])).toEqual({ agreement: null, items: 0, pairs: 0 });
    expect(percentAgreement([rate("1", "A", "x"), rate("2", "B", "x")])).toEqual({ agreement: null, items: 0, pairs: 0 });
  });

  it("rejects a rater labelling an item twice", () => {
    expect(() => percentAgreement([rate("1", "A", "x"), rate("1", "A", "y")])).toThrow(/more than once/);
  });
});
