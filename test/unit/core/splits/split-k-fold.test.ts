import { describe, expect, it } from "vitest";
import { kFoldAssignments } from "@/core/splits/split-k-fold";
import type { SplitItem } from "@/core/splits/split-stratified-groups";

const singletons = (labels: number[]): SplitItem[] =>
  labels.map((label, i) => ({ id: `i${i}`, label, groupKey: `i${i}` }));

function foldSizes(folds: Map<string, number>, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const fold of folds.values()) sizes[fold] += 1;
  return sizes;
}

describe("kFoldAssignments", () => {
  it("deals singletons round-robin, per class", () => {
    // k = 3, labels 0,0,0,1,1,1: running targets n/3 per fold -> each fold gets one of each class
    const items = singletons([0, 0, 0, 1, 1, 1]);
    const folds = kFoldAssignments({ items, k: 3, seed: 9 });
    for (const label of [0, 1]) {
      const used = items.filter((i) => i.label === label).map((i) => folds.get(i.id));
      expect([...used].sort()).toEqual([0, 1, 2]);
    }
  });

  it("keeps groups in one fold and balances fold sizes and classes", () => {
    // 300 items: groups of 3 (100 groups), labels alternate by group -> 50 groups of each class
    const items: SplitItem[] = Array.from({ length: 300 }, (_, i) => ({
      id: `img-${String(i).padStart(3, "0")}`,
      label: Math.floor(i / 3) % 2,
      groupKey: `g${Math.floor(i / 3)}`,
    }));
    const folds = kFoldAssignments({ items, k: 5, seed: 1 });
    // 100 groups over 5 folds -> 20 groups = 60 items each; 10 groups of each class per fold
    expect(foldSizes(folds, 5)).toEqual([60, 60, 60, 60, 60]);
    for (let g = 0; g < 100; g++) {
      const members = items.filter((i) => i.groupKey === `g${g}`).map((i) => folds.get(i.id));
      expect(new Set(members).size).toBe(1);
    }
    for (let f = 0; f < 5; f++) {
      expect(items.filter((i) => i.label === 0 && folds.get(i.id) === f)).toHaveLength(30);
    }
  });

  it("is deterministic and fills every fold once there are k groups", () => {
    const items = singletons([0, 1, 0, 1, 0]);
    expect(kFoldAssignments({ items, k: 5, seed: 3 })).toEqual(kFoldAssignments({ items, k: 5, seed: 3 }));
    expect(foldSizes(kFoldAssignments({ items, k: 5, seed: 3 }), 5)).toEqual([1, 1, 1, 1, 1]);
    expect(kFoldAssignments({ items: [], k: 3, seed: 1 })).toEqual(new Map());
  });

  it("rejects k below 2", () => {
    expect(() => kFoldAssignments({ items: singletons([0]), k: 1, seed: 1 })).toThrow(RangeError);
  });
});
