import type { Label } from "./group-ratings";

export type ItemLabel = { itemId: string; label: Label };

export type KappaResult = {
  /** Null when undefined: no shared items (see cohensKappa for the one-class case). */
  kappa: number | null;
  /** p_o, share of shared items where the two raters agree. */
  observed: number | null;
  /** p_e, agreement expected by chance from each rater's own label frequencies. */
  expected: number | null;
  /** Items both raters labelled. */
  items: number;
};

/**
 * Cohen's kappa for two raters over the items both labelled:
 *   kappa = (p_o - p_e) / (1 - p_e),  p_e = sum_k (a_k / n) (b_k / n)
 * When both raters used one and the same class for every shared item, p_e = 1 and the formula is
 * 0/0; we define kappa = 1 then (they agreed on everything, p_o = 1), and null if p_o < 1, which
 * p_e = 1 makes impossible but floating point input should not turn into a division by zero.
 * Computed on integer counts, n*agree - sum(a_k b_k) over n^2 - sum(a_k b_k), so p_e = 1 is
 * detected exactly.
 */
export function cohensKappa(ratingsA: readonly ItemLabel[], ratingsB: readonly ItemLabel[]): KappaResult {
  const a = indexByItem(ratingsA);
  const b = indexByItem(ratingsB);
  const countA = new Map<Label, number>();
  const countB = new Map<Label, number>();
  let n = 0;
  let agree = 0;
  for (const [itemId, labelA] of a) {
    if (!b.has(itemId)) continue;
    const labelB = b.get(itemId)!;
    n += 1;
    if (labelA === labelB) agree += 1;
    countA.set(labelA, (countA.get(labelA) ?? 0) + 1);
    countB.set(labelB, (countB.get(labelB) ?? 0) + 1);
  }
  if (n === 0) return { kappa: null, observed: null, expected: null, items: 0 };

  let chanceProducts = 0;
  for (const [label, ca] of countA) chanceProducts += ca * (countB.get(label) ?? 0);
  const denominator = n * n - chanceProducts;
  const kappa =
    denominator === 0 ? (agree === n ? 1 : null) : (n * agree - chanceProducts) / denominator;
  return { kappa, observed: agree / n, expected: chanceProducts / (n * n), items: n };
}

function indexByItem(ratings: readonly ItemLabel[]): Map<string, Label> {
  const map = new Map<string, Label>();
  for (const { itemId, label } of ratings) {
    if (map.has(itemId)) throw new RangeError(`item ${itemId} rated twice by one rater`);
    map.set(itemId, label);
  }
  return map;
}
