// The research's data iterator ran dry after the first pass, so every later "epoch" trained on a
// single batch. Batches here are planned up front from indices: one epoch is a permutation of
// every training sample, cut into batches with the last partial batch kept, so coverage and
// count are true by construction and cheap to check.
import { seededRandom, seededShuffle } from "@/core/random/seeded-random";

export type EpochPlan = { epoch: number; batches: number[][]; samples: number };

/** Distinct, reproducible shuffles per (seed, epoch); any integer seed is fine. */
export function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(epoch + 1, 0x85ebca6b)) | 0;
}

export function epochBatches(
  count: number,
  batchSize: number,
  { seed, epoch, shuffle = true }: { seed: number; epoch: number; shuffle?: boolean },
): EpochPlan {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  if (!Number.isInteger(epoch) || epoch < 0) throw new RangeError(`epoch must be a non-negative integer, got ${epoch}`);
  const indices = Array.from({ length: count }, (_, i) => i);
  const order = shuffle ? seededShuffle(indices, seededRandom(epochSeed(seed, epoch))) : indices;
  const batches: number[][] = [];
  for (let start = 0; start < count; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return { epoch, batches, samples: count };
}
