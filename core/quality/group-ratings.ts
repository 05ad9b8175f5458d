export type Label = string | number;

/** One rater's label for one item, as plain data (no Prisma types, so the maths stays pure). */
export type Annotation = { itemId: string; raterId: string; label: Label };

/** Code-unit order rather than localeCompare, so output order doesn't depend on the locale. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * itemId -> raterId -> label. A rater labelling the same item twice is rejected rather than
 * resolved here: which vote counts (latest round? reviewed?) is the caller's decision.
 */
export function groupRatings(annotations: readonly Annotation[]): Map<string, Map<string, Label>> {
  const byItem = new Map<string, Map<string, Label>>();
  for (const { itemId, raterId, label } of annotations) {
    const ratings = byItem.get(itemId) ?? new Map<string, Label>();
    if (ratings.has(raterId)) {
      throw new RangeError(`rater ${raterId} labelled item ${itemId} more than once`);
    }
    ratings.set(raterId, label);
    byItem.set(itemId, ratings);
  }
  return byItem;
}

/** How many times each label occurs. */
export function countLabels(labels: Iterable<Label>): Map<Label, number> {
  const counts = new Map<Label, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}
