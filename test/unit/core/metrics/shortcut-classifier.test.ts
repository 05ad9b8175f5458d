import { describe, expect, it } from "vitest";
import { seededRandom } from "@/core/random/seeded-random";
import { crossValidatedAuc, fitLogistic, predictLogistic, separation, standardise, stratifiedGroupFolds } from "@/core/metrics/shortcut-classifier";

// Two features per sample; `shift` moves class 1 along the first one (0: the classes are the same).
function gaussianData(n: number, shift: number, seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const labels = Array.from({ length: n }, (_, i) => i % 2);
  return { labels, rows: labels.map((label) => [normal() + shift * label, normal()]) };
}

describe("standardise", () => {
  it("centres and scales each column, and zeroes a constant one", () => {
    expect(standardise([[1, 5], [3, 5]])).toEqual([[-1, 0], [1, 0]]);
  });
});

describe("fitLogistic", () => {
  it("learns the sign of a separating feature", () => {
    const rows = [[-2], [-1], [1], [2]];
    const w = fitLogistic(rows, [0, 0, 1, 1]);
    expect(w[0]).toBeGreaterThan(0);
    expect(predictLogistic(w, [2])).toBeGreaterThan(0.8);
    expect(predictLogistic(w, [-2])).toBeLessThan(0.2);
  });
});

describe("stratifiedGroupFolds", () => {
  it("keeps a group in one fold and spreads each class over every fold", () => {
    const labels = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const groups = ["a", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "j"];
    const folds = stratifiedGroupFolds(labels, groups, 2, 3);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[10]).toBe(folds[11]);
    for (const label of [0, 1]) expect(new Set(folds.filter((_, i) => labels[i] === label))).toEqual(new Set([0, 1]));
  });
});

describe("crossValidatedAuc", () => {
  it("scores separable classes near 1 with an interval above 0.75", () => {
    const { rows, labels } = gaussianData(200, 6, 1);
    const result = crossValidatedAuc(rows, labels)!;
    expect(result.folds).toBe(5);
    expect(result.auc).toBeGreaterThan(0.99);
    expect(result.interval.lower).toBeGreaterThan(0.75);
  });

  it("scores classes that differ only by noise near 0.5, with an interval that includes it", () => {
    const { rows, labels } = gaussianData(200, 0, 2);
    const result = crossValidatedAuc(rows, labels)!;
    expect(result.auc).toBeGreaterThan(0.35);
    expect(result.auc).toBeLessThan(0.65);
    expect(result.interval.lower).toBeLessThan(0.5);
    expect(result.interval.upper).toBeGreaterThan(0.5);
  });

  it("is out of fold: memorising noise features does not lift the AUC", () => {
    // 20 noise columns for 40 samples: an in-sample fit would separate them perfectly.
    const random = seededRandom(9);
    const labels = Array.from({ length: 40 }, (_, i) => i % 2);
    const rows = labels.map(() => Array.from({ length: 20 }, () => random()));
    const inSample = fitLogistic(standardise(rows), labels, { l2: 0, iterations: 2000 });
    const fitted = standardise(rows).map((row) => predictLogistic(inSample, row));
    expect(separation(fitted, labels)).toBeGreaterThan(0.85);
    expect(crossValidatedAuc(rows, labels)!.auc).toBeLessThan(0.75);
  });

  it("is null when a class has a single group", () => {
    expect(crossValidatedAuc([[1], [2], [3]], [0, 0, 1])).toBeNull();
  });
});

describe("separation", () => {
  it("counts a feature that ranks the classes backwards as just as telling", () => {
    expect(separation([3, 2, 1, 0], [0, 0, 1, 1])).toBe(1);
    expect(separation([0, 1, 0, 1], [0, 1, 1, 0])).toBe(0.5);
  });
});
