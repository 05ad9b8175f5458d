import { seededRandom, seededShuffle } from "../random/seeded-random";
import { compareIds } from "./split-near-duplicates";

export type SplitItem = { id: string; label: number; groupKey: string };

type Group = { key: string; ids: string[]; label: number; bucket: number; order: number };

/**
 * Assigns whole groups to buckets in proportion to `weights`, stratified by each group's majority
 * label (ties go to the smaller label). Returns bucket index per item id.
 *
 * Groups are placed label by label (within a label: shuffled by the seed, then largest first,
 * since big groups are the hard ones to fit), each into the bucket furthest below its share of
 * the items placed so far. Because every prefix of the sequence stays within about one group of
 * its targets, so does each label's slice of it: each label is split in proportion, and many tiny
 * labels still add up to the right overall sizes instead of each rounding into the largest bucket.
 * Finally each empty bucket with a positive weight takes one group from a bucket that has two or
 * more, so every bucket is non-empty whenever there are at least as many groups as buckets.
 */
export function assignStratifiedGroups(
  items: readonly SplitItem[],
  weights: readonly number[],
  seed: number,
): Map<string, number> {
  if (weights.length === 0 || weights.some((w) => !(w >= 0 && Number.isFinite(w)))) {
    throw new RangeError("weights must be finite and non-negative");
  }
  const weightSum = weights.reduce((a, w) => a + w, 0);
  if (weightSum <= 0) throw new RangeError("at least one weight must be positive");
  const share = weights.map((w) => w / weightSum);
  const groups = buildGroups(items);
  const random = seededRandom(seed);

  const strata = new Map<number, Group[]>();
  for (const g of groups) {
    if (!strata.has(g.label)) strata.set(g.label, []);
    strata.get(g.label)!.push(g);
  }
  const counts = share.map(() => 0);
  let placed = 0;
  let order = 0;
  for (const label of [...strata.keys()].sort((a, b) => a - b)) {
    const stratum = seededShuffle(strata.get(label)!, random).sort((a, b) => b.ids.length - a.ids.length);
    const stratumCounts = share.map(() => 0);
    let stratumPlaced = 0;
    for (const g of stratum) {
      placed += g.ids.length;
      stratumPlaced += g.ids.length;
      g.bucket = pickBucket(share, (b) => share[b] * placed - counts[b],
        (b) => share[b] * stratumPlaced - stratumCounts[b]);
      g.order = order++;
      counts[g.bucket] += g.ids.length;
      stratumCounts[g.bucket] += g.ids.length;
    }
  }
  fillEmptyBuckets(groups, share);

  const bucketOf = new Map<string, number>();
  for (const g of groups) for (const id of g.ids) bucketOf.set(id, g.bucket);
  return bucketOf;
}

function buildGroups(items: readonly SplitItem[]): Group[] {
  const byKey = new Map<string, { ids: string[]; labels: Map<number, number> }>();
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new RangeError(`duplicate item id ${item.id}`);
    if (!Number.isInteger(item.label)) throw new RangeError(`label of ${item.id} is not a class index`);
    seen.add(item.id);
    const entry = byKey.get(item.groupKey) ?? { ids: [] as string[], labels: new Map<number, number>() };
    entry.ids.push(item.id);
    entry.labels.set(item.label, (entry.labels.get(item.label) ?? 0) + 1);
    byKey.set(item.groupKey, entry);
  }
  // Sorting keys and ids makes the result independent of the order items arrive in.
  return [...byKey.keys()].sort(compareIds).map((key) => {
    const { ids, labels } = byKey.get(key)!;
    const [label] = [...labels].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    return { key, ids: ids.sort(compareIds), label, bucket: -1, order: -1 };
  });
}

const EPSILON = 1e-9;

function pickBucket(share: number[], deficit: (b: number) => number, tieBreak: (b: number) => number) {
  let best = -1;
  for (let b = 0; b < share.length; b++) {
    if (share[b] === 0) continue;
    if (best === -1) { best = b; continue; }
    const d = deficit(b) - deficit(best);
    if (d > EPSILON || (Math.abs(d) <= EPSILON && tieBreak(b) - tieBreak(best) > EPSILON)) best = b;
  }
  return best;
}

function fillEmptyBuckets(groups: Group[], share: number[]): void {
  for (let target = 0; target < share.length; target++) {
    if (share[target] === 0 || groups.some((g) => g.bucket === target)) continue;
    const size = (b: number) => groups.filter((g) => g.bucket === b).reduce((n, g) => n + g.ids.length, 0);
    const groupCount = (b: number) => groups.filter((g) => g.bucket === b).length;
    // The donor is the bucket furthest over its share that can spare a group.
    const total = groups.reduce((n, g) => n + g.ids.length, 0);
    const donors = share.map((_, b) => b).filter((b) => groupCount(b) >= 2);
    if (donors.length === 0) return;
    const donor = donors.reduce((best, b) =>
      size(b) - share[b] * total > size(best) - share[best] * total + EPSILON ? b : best);
    // Give away a group of the donor's best-represented label, smallest, last placed: the move
    // that least disturbs both the donor's label mix and its size.
    const inDonor = groups.filter((g) => g.bucket === donor);
    const labelGroups = new Map<number, number>();
    for (const g of inDonor) labelGroups.set(g.label, (labelGroups.get(g.label) ?? 0) + 1);
    const moved = [...inDonor].sort((a, b) =>
      labelGroups.get(b.label)! - labelGroups.get(a.label)! ||
      a.ids.length - b.ids.length ||
      b.order - a.order)[0];
    moved.bucket = target;
  }
}
