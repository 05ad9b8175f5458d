import { describe, expect, it } from "vitest";
import { fleissKappaModal } from "@/core/quality/fleiss-modal-raters";
import type { Annotation } from "@/core/quality/group-ratings";

const rate = (itemId: string, labels: string[]): Annotation[] => labels.map((label, i) => ({ itemId, raterId: `r${i}`, label }));

describe("fleissKappaModal", () => {
  it("uses only the items with the modal number of raters and counts the rest as skipped", () => {
    const annotations = [
      ...rate("a", ["x", "x"]), ...rate("b", ["x", "y"]), ...rate("c", ["y", "y"]), // 2 raters: modal
      ...rate("d", ["x", "x", "y"]), // 3 raters: skipped
      ...rate("e", ["x"]), // 1 rater: carries no agreement, neither used nor skipped
    ];
    const result = fleissKappaModal(annotations);
    // P_i = 1, 0, 1 -> P-bar 2/3; p_x = p_y = 1/2 -> P_e 1/2; kappa = (2/3 - 1/2) / (1/2) = 1/3.
    expect(result).toMatchObject({ items: 3, raters: 2, skippedItems: 1 });
    expect(result.kappa).toBeCloseTo(1 / 3, 12);
  });

  it("breaks a tie between rater counts towards the larger count", () => {
    const result = fleissKappaModal([...rate("a", ["x", "x"]), ...rate("b", ["x", "x", "x"])]);
    expect(result).toMatchObject({ items: 1, raters: 3, skippedItems: 1, kappa: 1 });
  });

  it("is empty when no item has two ratings", () => {
    expect(fleissKappaModal(rate("a", ["x"]))).toMatchObject({ kappa: null, items: 0, raters: null, skippedItems: 0 });
  });
});
