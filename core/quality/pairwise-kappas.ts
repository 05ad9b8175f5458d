import { cohensKappa, type ItemLabel, type KappaResult } from "./cohens-kappa";
import { compareKeys, type Annotation } from "./group-ratings";

export type RaterPairKappa = KappaResult & { raterA: string; raterB: string };

/**
 * Cohen's kappa for every pair of raters (raterA < raterB, sorted), each over the items that pair
 * both labelled. Pairs with no shared item are kept, with kappa null and items 0, so a manager
 * sees that the pair was never compared rather than a missing row.
 */
export function pairwiseKappas(annotations: readonly Annotation[]): RaterPairKappa[] {
  const byRater = new Map<string, ItemLabel[]>();
  for (const { itemId, raterId, label } of annotations) {
    const list = byRater.get(raterId) ?? [];
    list.push({ itemId, label });
    byRater.set(raterId, list);
  }
  const raters = [...byRater.keys()].sort(compareKeys);
  const result: RaterPairKappa[] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      const kappa = cohensKappa(byRater.get(raters[i])!, byRater.get(raters[j])!);
      result.push({ raterA: raters[i], raterB: raters[j], ...kappa });
    }
  }
  return result;
}
