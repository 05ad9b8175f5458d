import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "@/core/quality/krippendorff-alpha";
import type { Annotation } from "@/core/quality/group-ratings";

/** Rows are raters, columns items; null is a missing rating. */
function fromGrid(grid: Record<string, (number | null)[]>): Annotation[] {
  return Object.entries(grid).flatMap(([raterId, row]) =>
    row.flatMap((label, i) => (label === null ? [] : [{ itemId: `u${i + 1}`, raterId, label }])));
}

describe("krippendorffAlpha", () => {
  it("reproduces Krippendorff's 4-observer, 12-unit nominal example (alpha 0.743)", () => {
    const annotations = fromGrid({
      A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    });
    // Coincidences o_ck += n_uc (n_uk - [c = k]) / (m_u - 1); unit 12 has one value and drops out.
    //   u1 {1,1,1}: o11 += 3*2/2 = 3          u2 {2,2,3,2}: o22 += 2, o23 = o32 += 1
    //   u3, u4 {3,3,3,3}: o33 += 4 each        u5, u9 {2,2,2,2}: o22 += 4 each
    //   u6 {1,2,3,4}: each off-diagonal pair += 1/3   u7 {4x4}: o44 += 4
    //   u8 {1,1,2,1}: o11 += 2, o12 = o21 += 1       u10 {5,5,5}: o55 += 3   u11 {1,1}: o11 += 2
    // diagonal: o11 = 7, o22 = 10, o33 = 8, o44 = 4, o55 = 3 -> 32 of n = 40 pairable values
    // n_c: 1 -> 9, 2 -> 13, 3 -> 10, 4 -> 5, 5 -> 3; sum n_c^2 = 81 + 169 + 100 + 25 + 9 = 384
    // alpha = 1 - (n - 1)(n - 32)/(n^2 - 384) = 1 - 39 * 8 / 1216 = 1 - 312/1216 = 0.743421
    const result = krippendorffAlpha(annotations);
    expect(result.alpha).toBeCloseTo(1 - 312 / 1216, 12);
    expect(result.alpha).toBeCloseTo(0.743421, 6);
    expect(result.items).toBe(11);
    expect(result.values).toBe(40);
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1216 / (40 * 39), 12);
  });

  it("handles two raters on four items", () => {
    // (x,x) (x,y) (y,y) (y,y): o_xx = 2, o_xy = o_yx = 1, o_yy = 4; n_x = 3, n_y = 5, n = 8
    // alpha = 1 - 7 * (8 - 6) / (64 - 9 - 25) = 1 - 14/30 = 0.533333
    const annotations = fromGrid({ A: [0, 0, 1, 1], B: [0, 1, 1, 1] });
    expect(krippendorffAlpha(annotations).alpha).toBeCloseTo(1 - 14 / 30, 12);
  });

  it("gives 1 for perfect agreement with two or more values", () => {
    expect(krippendorffAlpha(fromGrid({ A: [1, 2, 1], B: [1, 2, 1], C: [null, 2, 1] })).alpha).toBe(1);
  });

  it("is null when a single value is used throughout, or nothing is pairable", () => {
    const single = krippendorffAlpha(fromGrid({ A: [1, 1], B: [1, 1] }));
    expect(single).toMatchObject({ alpha: null, items: 2, values: 4 });
    expect(krippendorffAlpha(fromGrid({ A: [1, null], B: [null, 2] }))).toEqual({
      alpha: null, observedDisagreement: null, expectedDisagreement: null, items: 0, values: 0,
    });
    expect(krippendorffAlpha([]).alpha).toBeNull();
  });
});
