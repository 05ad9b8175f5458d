import { describe, expect, it } from "vitest";
import { judgeAgainstChance } from "@/core/metrics/chance-verdict";
import { chanceWarnings } from "@/core/warnings/chance-warnings";

// Wilson 95% bounds and Hanley-McNeil standard errors below were computed by hand from
//   center = (p + z^2/2n) / (1 + z^2/n), half = z/(1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2), z = 1.96
//   SE^2 = (A(1-A) + (nP-1)(A/(2-A) - A^2) + (nN-1)(2A^2/(1+A) - A^2)) / (nP nN)
describe("judgeAgainstChance", () => {
  it("fails the issue's run: one class predicted, accuracy equal to the larger class's share", () => {
    // 699 HUMAN + 301 AI, all predicted HUMAN: accuracy 0.699 = majority 0.699; Wilson lower 0.66985.
    // AUC 0.5 with 301 positives, 699 negatives: SE 0.019912, interval 0.4610-0.5390.
    const v = judgeAgainstChance({ matrix: [[699, 0], [301, 0]], rocAuc: 0.5 })!;
    expect(v.sampleCount).toBe(1000);
    expect(v.accuracy).toBeCloseTo(0.699, 12);
    expect(v.majorityClassIndex).toBe(0);
    expect(v.majorityClassRate).toBeCloseTo(0.699, 12);
    expect(v.accuracyInterval.lower).toBeCloseTo(0.669853, 5);
    expect(v.aucInterval!.lower).toBeCloseTo(0.460973, 5);
    expect(v.aucInterval!.upper).toBeCloseTo(0.539027, 5);
    expect(v.collapsedTo).toBe(0);
    expect(v.reasons).toEqual(["collapsed", "accuracy_within_baseline", "auc_includes_half"]);
    expect(v.notBetterThanChance).toBe(true);
  });

  it("passes a model that clears both the baseline and 0.5", () => {
    // 90 of 100 right, classes 50/50: Wilson lower 0.825633 > 0.5. AUC 0.95 on 50/50: SE 0.022735,
    // lower 0.905439 > 0.5.
    const v = judgeAgainstChance({ matrix: [[45, 5], [5, 45]], rocAuc: 0.95 })!;
    expect(v.accuracyInterval.lower).toBeCloseTo(0.825633, 5);
    expect(v.majorityClassRate).toBe(0.5);
    expect(v.aucInterval!.standardError).toBeCloseTo(0.022735, 5);
    expect(v.aucInterval!.lower).toBeCloseTo(0.905439, 5);
    expect(v).toMatchObject({ collapsedTo: null, reasons: [], notBetterThanChance: false });
  });

  it("fails a small split whose accuracy interval reaches down to the baseline", () => {
    // The fixture's test split: 8 of 11 right (72.7%), 6 HUMAN of 11 (54.5%): Wilson lower 0.434350.
    const v = judgeAgainstChance({ matrix: [[5, 1], [2, 3]], rocAuc: null })!;
    expect(v.accuracyInterval.lower).toBeCloseTo(0.43435, 5);
    expect(v.majorityClassRate).toBeCloseTo(6 / 11, 12);
    expect(v.aucInterval).toBeNull();
    expect(v.reasons).toEqual(["accuracy_within_baseline"]);
  });

  it("fails scores that rank no better than a coin even when accuracy clears the baseline", () => {
    // 80 of 100 (Wilson lower 0.711169 > 0.5) but AUC 0.55 on 50/50: SE 0.057670, lower 0.436967.
    const v = judgeAgainstChance({ matrix: [[40, 10], [10, 40]], rocAuc: 0.55 })!;
    expect(v.accuracyInterval.lower).toBeCloseTo(0.711169, 5);
    expect(v.aucInterval!.lower).toBeCloseTo(0.436967, 5);
    expect(v.reasons).toEqual(["auc_includes_half"]);
  });

  it("judges three classes on accuracy alone, and nothing without items", () => {
    // 9 of 9 right: Wilson lower 0.700847 > 1/3; no binary AUC interval.
    const v = judgeAgainstChance({ matrix: [[3, 0, 0], [0, 3, 0], [0, 0, 3]], rocAuc: 1 })!;
    expect(v.accuracyInterval.lower).toBeCloseTo(0.700847, 5);
    expect(v.majorityClassRate).toBeCloseTo(1 / 3, 12);
    expect(v).toMatchObject({ aucInterval: null, notBetterThanChance: false });
    expect(judgeAgainstChance({ matrix: [[0, 0], [0, 0]], rocAuc: null })).toBeNull();
  });
});

describe("chanceWarnings", () => {
  it("says not better than chance first, then the collapse, both errors, with the figures", () => {
    const verdict = judgeAgainstChance({ matrix: [[699, 0], [301, 0]], rocAuc: 0.5 });
    const warnings = chanceWarnings({ name: "Test", classKeys: ["HUMAN", "AI"], verdict });
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ["model/not_better_than_chance", "error"], ["model/collapsed_to_one_class", "error"],
    ]);
    expect(warnings[0]!.message).toBe(
      "Not better than chance: Test accuracy 69.9% (n = 1000, 95% CI 67.0%–72.7%) does not clear the majority-class " +
      "baseline 69.9% (always HUMAN); ROC AUC 0.500 (95% CI 0.461–0.539) includes 0.5.");
    expect(warnings[1]!.message).toBe("All 1000 test predictions are HUMAN: the model answers one class whatever the painting.");
  });

  it("is silent for a model that beats chance, and for a split with nothing to judge", () => {
    const verdict = judgeAgainstChance({ matrix: [[45, 5], [5, 45]], rocAuc: 0.95 });
    expect(chanceWarnings({ name: "Test", classKeys: ["HUMAN", "AI"], verdict })).toEqual([]);
    expect(chanceWarnings({ name: "Validation", classKeys: ["HUMAN", "AI"], verdict: null })).toEqual([]);
  });
});
