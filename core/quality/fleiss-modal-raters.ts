import { fleissKappa, type FleissKappa } from "./fleiss-kappa";
import { groupRatings, type Annotation, type Label } from "./group-ratings";

export type ModalFleissKappa = FleissKappa & {
  /** Items with two or more ratings left out because their number of ratings is not the modal one. */
  skippedItems: number;
};

/**
 * Fleiss' kappa over the items rated by the most common number of raters. The statistic needs a
 * constant number of ratings per item, and real queues vary (gold paintings collect a label from
 * every annotator, a painting sent back gets a fresh round), so it is computed over the items with
 * the modal count (among counts of two or more; a tie goes to the larger count, whose items each
 * say more) and the rest are reported as skipped. Krippendorff's alpha covers every item.
 */
export function fleissKappaModal(annotations: readonly Annotation[]): ModalFleissKappa {
  const rated = [...groupRatings(annotations).values()].filter((ratings) => ratings.size >= 2);
  const itemsPerCount = new Map<number, number>();
  for (const ratings of rated) itemsPerCount.set(ratings.size, (itemsPerCount.get(ratings.size) ?? 0) + 1);
  let modal = 0;
  for (const [count, items] of itemsPerCount) {
    const best = itemsPerCount.get(modal) ?? 0;
    if (items > best || (items === best && count > modal)) modal = count;
  }
  const used = rated.filter((ratings) => ratings.size === modal);
  const labels = [...new Set(used.flatMap((ratings) => [...ratings.values()]))].sort((a, b) => String(a).localeCompare(String(b)));
  const table = used.map((ratings) => labels.map((label: Label) => [...ratings.values()].filter((given) => given === label).length));
  return { ...fleissKappa(table), skippedItems: rated.length - used.length };
}
