// A deliberately plain classifier over file features: L2-regularised logistic regression on
// standardised columns, scored out of fold. If it separates the classes, a CNN can too, without
// looking at the painting. Pure TypeScript: a few dozen columns and thousands of rows at most.
import { seededRandom, seededShuffle } from "@/core/random/seeded-random";
import { aucInterval, type AucInterval } from "./auc-interval";
import { rocAuc } from "./roc-auc";

export type LogisticOptions = { l2?: number; iterations?: number; learningRate?: number };

/** Columns scaled to mean 0 and standard deviation 1 (constant columns become 0). */
export function standardise(rows: readonly (readonly number[])[]): number[][] {
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const sd = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((v, j) => (mean[j]! += v / rows.length));
  for (const row of rows) row.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / rows.length));
  return rows.map((row) => row.map((v, j) => (sd[j]! > 1e-12 ? (v - mean[j]!) / Math.sqrt(sd[j]!) : 0)));
}

/** Weights (intercept last) by batch gradient descent; the L2 term keeps separable data finite. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], { l2 = 0.01, iterations = 400, learningRate = 0.5 }: LogisticOptions = {}): number[] {
  const width = (rows[0]?.length ?? 0) + 1;
  const w = new Array<number>(width).fill(0);
  const n = rows.length;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(width).fill(0);
    rows.forEach((row, i) => {
      const error = sigmoid(linear(w, row)) - labels[i]!;
      row.forEach((v, j) => (gradient[j]! += (error * v) / n));
      gradient[width - 1]! += error / n;
    });
    for (let j = 0; j < width; j++) w[j]! -= learningRate * (gradient[j]! + (j < width - 1 ? l2 * w[j]! : 0));
  }
  return w;
}

export function predictLogistic(weights: readonly number[], row: readonly number[]): number {
  return sigmoid(linear(weights, row));
}

/**
 * Fold of each sample: whole groups (near-duplicates, as in the splits) go to one fold, and each
 * class's groups are dealt round the folds in a seeded order, so every fold sees both classes.
 */
export function stratifiedGroupFolds(labels: readonly number[], groups: readonly string[], k: number, seed: number): number[] {
  const groupLabel = new Map<string, number>();
  groups.forEach((g, i) => { if (!groupLabel.has(g)) groupLabel.set(g, labels[i]!); });
  const random = seededRandom(seed);
  const foldOfGroup = new Map<string, number>();
  let next = 0;
  for (const label of [...new Set(labels)].sort((a, b) => a - b)) {
    const members = [...groupLabel].filter(([, l]) => l === label).map(([g]) => g).sort();
    for (const g of seededShuffle(members, random)) foldOfGroup.set(g, next++ % k);
  }
  return groups.map((g) => foldOfGroup.get(g)!);
}

export type CrossValidatedAuc = { auc: number; interval: AucInterval; folds: number; scores: number[] };

/**
 * ROC AUC of out-of-fold probabilities (label 1 positive) with its Hanley-McNeil interval. Null
 * when a class has fewer than two groups: no fold could be scored on data it did not train on.
 */
export function crossValidatedAuc(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  { groups = labels.map((_, i) => String(i)), folds = 5, seed = 1, ...options }: { groups?: readonly string[]; folds?: number; seed?: number } & LogisticOptions = {},
): CrossValidatedAuc | null {
  const groupsPerClass = [0, 1].map((c) => new Set(groups.filter((_, i) => labels[i] === c)).size);
  const k = Math.min(folds, ...groupsPerClass);
  if (k < 2) return null;
  const x = standardise(rows);
  const foldOf = stratifiedGroupFolds(labels, groups, k, seed);
  const scores = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = x.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const weights = fitLogistic(train.map((i) => x[i]!), train.map((i) => labels[i]!), options);
    x.forEach((row, i) => { if (foldOf[i] === fold) scores[i] = predictLogistic(weights, row); });
  }
  const auc = rocAuc(scores, labels.map((l) => l === 1))!;
  const positives = labels.filter((l) => l === 1).length;
  return { auc, interval: aucInterval(auc, positives, labels.length - positives)!, folds: k, scores };
}

/** How well one feature alone ranks the classes, whichever way round: max(AUC, 1 - AUC). */
export function separation(scores: readonly number[], labels: readonly number[]): number | null {
  const auc = rocAuc(scores, labels.map((l) => l === 1));
  return auc === null ? null : Math.max(auc, 1 - auc);
}

function linear(w: readonly number[], row: readonly number[]): number {
  let sum = w[w.length - 1]!;
  for (let j = 0; j < row.length; j++) sum += w[j]! * row[j]!;
  return sum;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
