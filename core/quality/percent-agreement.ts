import { countLabels, groupRatings, type Annotation } from "./group-ratings";

export type PercentAgreement = {
  /** Mean over items of the share of rater pairs that agree; null when no item has 2+ raters. */
  agreement: number | null;
  /** Items with at least two raters (the only ones where agreement can be observed). */
  items: number;
  /** Rater pairs compared, summed over those items. */
  pairs: number;
};

/**
 * Pairwise percent agreement. Per item with m >= 2 ratings, the share of its m(m-1)/2 rater
 * pairs that chose the same label; then the plain mean over items (the observed agreement P-bar
 * of Fleiss's kappa), so an item with five raters weighs the same as one with two.
 */
export function percentAgreement(annotations: readonly Annotation[]): PercentAgreement {
  let items = 0;
  let pairs = 0;
  let shareSum = 0;
  for (const ratings of groupRatings(annotations).values()) {
    const m = ratings.size;
    if (m < 2) continue;
    const itemPairs = (m * (m - 1)) / 2;
    let agreeing = 0;
    for (const n of countLabels(ratings.values()).values()) agreeing += (n * (n - 1)) / 2;
    items += 1;
    pairs += itemPairs;
    shareSum += agreeing / itemPairs;
  }
  return { agreement: items === 0 ? null : shareSum / items, items, pairs };
}
