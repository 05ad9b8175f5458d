import { assignStratifiedGroups, type SplitItem } from "./split-stratified-groups";

/**
 * Cross-validation fold (0..k-1) per item id: stratified by label, reproducible from the seed,
 * and with every near-duplicate group inside one fold, so no fold validates on near-copies of its
 * own training images. Every fold is non-empty when there are at least k groups.
 */
export function kFoldAssignments({
  items,
  k,
  seed,
}: {
  items: readonly SplitItem[];
  k: number;
  seed: number;
}): Map<string, number> {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer >= 2, got ${k}`);
  return assignStratifiedGroups(items, new Array<number>(k).fill(1), seed);
}
