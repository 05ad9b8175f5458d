import { describe, expect, it } from "vitest";
import { selectForReview, type ScoredItem } from "@/core/uncertainty/select-for-review";

// Uncertainty here is margin, 1 - (p1 - p2), worked out per row.
const items: ScoredItem[] = [
  { paintingId: "a", probabilities: [0.5, 0.5], uncertainty: 1, approvedLabelIndex: 0 }, // 1 - 0
  { paintingId: "b", probabilities: [0.6, 0.4], uncertainty: 0.8, approvedLabelIndex: null }, // 1 - .2
  { paintingId: "c", probabilities: [0.95, 0.05], uncertainty: 0.1, approvedLabelIndex: 1 }, // 1 - .9
  { paintingId: "e", probabilities: [0.45, 0.55], uncertainty: 0.9 }, // 1 - .1
  { paintingId: "d", probabilities: [0.55, 0.45], uncertainty: 0.9 }, // 1 - .1
  { paintingId: "f", probabilities: [0.1, 0.9], uncertainty: 0.2, approvedLabelIndex: 0 }, // 1 - .8
  { paintingId: "g", probabilities: [0.85, 0.15], uncertainty: 0.3, approvedLabelIndex: 1 }, // 1 - .7
  { paintingId: "h", probabilities: [0.92, 0.08], uncertainty: 0.16, approvedLabelIndex: 0 }, // 1 - .84
];

const ids = (list: { paintingId: string }[]) => list.map((x) => x.paintingId);

describe("selectForReview", () => {
  it("takes items at or above the threshold, most uncertain first, ties by id", () => {
    // >= 0.8: a 1, d 0.9, e 0.9, b 0.8 (d before e on the tie)
    const { unsure } = selectForReview({ items, threshold: 0.8, contradictionConfidence: 0.9 });
    expect(unsure).toEqual([
      { paintingId: "a", priority: 1 },
      { paintingId: "d", priority: 0.9 },
      { paintingId: "e", priority: 0.9 },
      { paintingId: "b", priority: 0.8 },
    ]);
  });

  it("caps at the budget by highest uncertainty, with or without a threshold", () => {
    expect(ids(selectForReview({ items, threshold: 0.8, budget: 2, contradictionConfidence: 0.9 }).unsure)).toEqual(["a", "d"]);
    expect(ids(selectForReview({ items, budget: 3, contradictionConfidence: 0.9 }).unsure)).toEqual(["a", "d", "e"]);
    // the threshold applies first: only a clears 0.95, so a budget of 10 still yields one
    expect(ids(selectForReview({ items, threshold: 0.95, budget: 10, contradictionConfidence: 0.9 }).unsure)).toEqual(["a"]);
    expect(selectForReview({ items, budget: 0, contradictionConfidence: 0.9 }).unsure).toEqual([]);
  });

  it("lists confident contradictions of approved labels, most confident first", () => {
    // c: argmax 0 at 0.95 vs approved 1 -> yes; f: argmax 1 at 0.9 (>= 0.9) vs approved 0 -> yes
    // g: 0.85 < 0.9 -> no; h: agrees -> no; a: 0.5 < 0.9 -> no; b, d, e: nothing approved
    const { disagrees } = selectForReview({ items, threshold: 0.8, contradictionConfidence: 0.9 });
    expect(disagrees).toEqual([
      { paintingId: "c", priority: 0.95, predictedLabelIndex: 0, approvedLabelIndex: 1 },
      { paintingId: "f", priority: 0.9, predictedLabelIndex: 1, approvedLabelIndex: 0 },
    ]);
  });

  it("does not call a tie for top place a contradiction, and ignores the budget for contradictions", () => {
    // a: [0.5, 0.5] with approved 0 clears a 0.5 bar, but the approved class is tied for top
    const { disagrees } = selectForReview({ items, budget: 0, contradictionConfidence: 0.5 });
    // c 0.95, f 0.9, g 0.85 (argmax 0 vs approved 1)
    expect(ids(disagrees)).toEqual(["c", "f", "g"]);
  });

  it("handles no items and rejects unusable settings", () => {
    expect(selectForReview({ items: [], threshold: 0.5, contradictionConfidence: 0.9 })).toEqual({ unsure: [], disagrees: [] });
    expect(() => selectForReview({ items, contradictionConfidence: 0.9 })).toThrow(RangeError);
    expect(() => selectForReview({ items, budget: 1.5, contradictionConfidence: 0.9 })).toThrow(RangeError);
    const nan = [{ paintingId: "n", probabilities: [0.5, 0.5], uncertainty: Number.NaN }];
    expect(() => selectForReview({ items: nan, budget: 1, contradictionConfidence: 0.9 })).toThrow(RangeError);
    const bad = [{ paintingId: "z", probabilities: [0.2, 0.8], uncertainty: 0.4, approvedLabelIndex: 2 }];
    expect(() => selectForReview({ items: bad, threshold: 0.5, contradictionConfidence: 0.9 })).toThrow(/out of range/);
  });
});
