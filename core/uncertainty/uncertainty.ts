export type UncertaintyStrategy = "LEAST_CONFIDENCE" | "MARGIN" | "ENTROPY";

/** 1 - max p. In [0, 1 - 1/K]: 0 when the model is certain. */
export function leastConfidence(p: readonly number[]): number {
  checkDistribution(p);
  return 1 - Math.max(...p);
}

/**
 * 1 - (p1 - p2) for the two largest probabilities, so higher means more uncertain like the other
 * strategies (the raw margin runs the other way). In [0, 1]; with one class p2 is taken as 0.
 */
export function margin(p: readonly number[]): number {
  checkDistribution(p);
  const [p1, p2 = 0] = [...p].sort((a, b) => b - a);
  return 1 - (p1 - p2);
}

/**
 * Shannon entropy divided by log K, so it lies in [0, 1] whatever the class count and thresholds
 * mean the same across projects. 0 log 0 is taken as 0; with one class there is no uncertainty,
 * so the result is 0.
 */
export function entropy(p: readonly number[]): number {
  checkDistribution(p);
  if (p.length === 1) return 0;
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log(x);
  // Rounding can push a uniform row a hair past log K; keep the documented range.
  return Math.min(1, Math.max(0, h / Math.log(p.length)));
}

export function uncertainty(strategy: UncertaintyStrategy, p: readonly number[]): number {
  switch (strategy) {
    case "LEAST_CONFIDENCE":
      return leastConfidence(p);
    case "MARGIN":
      return margin(p);
    case "ENTROPY":
      return entropy(p);
    default:
      throw new RangeError(`unknown uncertainty strategy ${String(strategy)}`);
  }
}

// Logits or a row from the wrong model would give confident-looking nonsense; the 1e-3 slack
// allows float32 softmax rounding.
function checkDistribution(p: readonly number[]): void {
  if (p.length === 0) throw new RangeError("empty probability row");
  let total = 0;
  for (const x of p) {
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`invalid probability ${x}`);
    total += x;
  }
  if (Math.abs(total - 1) > 1e-3) throw new RangeError(`probabilities sum to ${total}, not 1`);
}
