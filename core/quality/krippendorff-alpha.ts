import { countLabels, groupRatings, type Annotation } from "./group-ratings";

export type KrippendorffAlpha = {
  /** Null when undefined: no pairable values, or a single value used throughout. */
  alpha: number | null;
  /** D_o, observed disagreement: share of pairable value pairs within items that differ. */
  observedDisagreement: number | null;
  /** D_e, expected disagreement: share of all pairable value pairs that differ. */
  expectedDisagreement: number | null;
  /** Items with two or more ratings (only those carry information). */
  items: number;
  /** n, the number of pairable values (ratings on those items). */
  values: number;
};

/**
 * Krippendorff's alpha for nominal labels, via the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). Handles missing ratings and any number of
 * raters per item: an item with m_u ratings adds n_uc(n_uk - [c = k]) / (m_u - 1) to o_ck.
 *   alpha = 1 - D_o / D_e = 1 - (n - 1) * (n - sum_c o_cc) / (n^2 - sum_c n_c^2)
 * Perfect agreement gives 1. If only one value is ever used, D_e = 0 and alpha is undefined
 * (Krippendorff: the data show no variation to be reliable about), so we return null, as we do
 * when no item has two ratings.
 */
export function krippendorffAlpha(annotations: readonly Annotation[]): KrippendorffAlpha {
  const totals = new Map<string | number, number>();
  let items = 0;
  let n = 0;
  let agreeingCoincidences = 0;
  for (const ratings of groupRatings(annotations).values()) {
    const m = ratings.size;
    if (m < 2) continue;
    items += 1;
    n += m;
    for (const [label, count] of countLabels(ratings.values())) {
      agreeingCoincidences += (count * (count - 1)) / (m - 1);
      totals.set(label, (totals.get(label) ?? 0) + count);
    }
  }
  const empty = { alpha: null, observedDisagreement: null, expectedDisagreement: null, items, values: n };
  if (n === 0) return empty;

  let squaredTotals = 0;
  for (const t of totals.values()) squaredTotals += t * t;
  const expectedPairs = n * n - squaredTotals;
  if (expectedPairs === 0) return empty;
  const observedDisagreement = (n - agreeingCoincidences) / n;
  const expectedDisagreement = expectedPairs / (n * (n - 1));
  return {
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
    items,
    values: n,
  };
}
