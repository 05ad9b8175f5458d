import { assignStratifiedGroups, type SplitItem } from "./split-stratified-groups";
import { compareIds } from "./split-near-duplicates";

export type { SplitItem };

export type SplitRatios = { train: number; validation: number; test: number };

export type DatasetSplits = { train: string[]; validation: string[]; test: string[] };

export const DEFAULT_SPLIT_RATIOS: SplitRatios = { train: 0.8, validation: 0.1, test: 0.1 };

/**
 * Train/validation/test split that is stratified by label, reproducible from the seed, and never
 * puts members of one near-duplicate group (same groupKey) in two splits, which would leak
 * training images into evaluation. Ratios are relative weights (8/1/1 works as well as .8/.1/.1).
 * Each split with a positive ratio is non-empty when there are at least as many groups as such
 * splits. Ids come back sorted.
 */
export function splitDataset({
  items,
  seed,
  ratios = DEFAULT_SPLIT_RATIOS,
}: {
  items: readonly SplitItem[];
  seed: number;
  ratios?: SplitRatios;
}): DatasetSplits {
  const bucketOf = assignStratifiedGroups(items, [ratios.train, ratios.validation, ratios.test], seed);
  const splits: DatasetSplits = { train: [], validation: [], test: [] };
  const names = ["train", "validation", "test"] as const;
  for (const [id, bucket] of bucketOf) splits[names[bucket]].push(id);
  for (const name of names) splits[name].sort(compareIds);
  return splits;
}
