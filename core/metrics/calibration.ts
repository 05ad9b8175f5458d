import { argmax } from "./argmax";

export type ReliabilityBin = {
  /** Exclusive lower edge (the first bin also takes a confidence of exactly 0). */
  lower: number;
  /** Inclusive upper edge. */
  upper: number;
  count: number;
  /** Mean max-probability of the items in the bin; null when the bin is empty. */
  confidence: number | null;
  /** Share of the bin's items whose argmax was the actual class; null when empty. */
  accuracy: number | null;
};

/**
 * Reliability diagram: items binned by their top-class probability into equal-width bins
 * (lower, upper], the convention of Guo et al. 2017 "On Calibration of Modern Neural Networks",
 * so a confidence of exactly 1 lands in the last bin and 0.7 in (0.6, 0.7].
 * The predicted class is the first index holding the maximum probability.
 */
export function reliabilityDiagram(
  probabilities: readonly (readonly number[])[],
  actual: readonly number[],
  binCount = 10,
): ReliabilityBin[] {
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`binCount must be a positive integer, got ${binCount}`);
  }
  if (probabilities.length !== actual.length) {
    throw new RangeError("probabilities and actual differ in length");
  }
  const counts = new Array<number>(binCount).fill(0);
  const confidenceSums = new Array<number>(binCount).fill(0);
  const correctCounts = new Array<number>(binCount).fill(0);

  probabilities.forEach((row, i) => {
    const index = argmax(row);
    const value = row[index]!;
    if (!(value >= 0 && value <= 1)) throw new RangeError(`probability out of [0, 1] in row ${i}`);
    const bin = binOf(value, binCount);
    counts[bin] += 1;
    confidenceSums[bin] += value;
    if (index === actual[i]) correctCounts[bin] += 1;
  });

  return counts.map((count, b) => ({
    lower: b / binCount,
    upper: (b + 1) / binCount,
    count,
    confidence: count === 0 ? null : confidenceSums[b] / count,
    accuracy: count === 0 ? null : correctCounts[b] / count,
  }));
}

/**
 * ECE = sum over bins of (count_b / N) * |accuracy_b - confidence_b|.
 * Null with no items: "perfectly calibrated" (0) would be a claim about no evidence.
 */
export function expectedCalibrationError(
  probabilities: readonly (readonly number[])[],
  actual: readonly number[],
  binCount = 10,
): number | null {
  const bins = reliabilityDiagram(probabilities, actual, binCount);
  const total = bins.reduce((acc, b) => acc + b.count, 0);
  if (total === 0) return null;
  return bins.reduce(
    (acc, b) =>
      b.count === 0 ? acc : acc + (b.count / total) * Math.abs(b.accuracy! - b.confidence!),
    0,
  );
}

function binOf(confidence: number, binCount: number): number {
  let bin = Math.ceil(confidence * binCount) - 1;
  // confidence * binCount can round across an edge (0.7 * 10 = 7.000000000000001); comparing
  // with the edges as b / binCount, the same division the bins report, keeps 0.7 in (0.6, 0.7].
  if (bin > 0 && confidence <= bin / binCount) bin--;
  if (bin < binCount - 1 && confidence > (bin + 1) / binCount) bin++;
  return Math.min(Math.max(bin, 0), binCount - 1);
}

