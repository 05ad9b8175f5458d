import { compareKeys, countLabels, groupRatings, type Annotation, type Label } from "./group-ratings";

export type ItemConsensus = {
  itemId: string;
  /** The label with the most votes; null on a tie for first place. */
  label: Label | null;
  votes: number;
  /** Votes for the top label, so callers can require a strict majority (> votes / 2). */
  topVotes: number;
};

export type RaterConsensus = {
  raterId: string;
  /** Share of compared ratings matching the others' consensus; null when none compared. */
  agreement: number | null;
  /** Ratings where the other raters had a clear (untied) plurality to compare against. */
  compared: number;
};

/**
 * Plurality label per item, and each rater's agreement with the consensus of the *other* raters
 * (leave-one-out): counting a rater's own vote would reward them for agreeing with themselves,
 * which inflates the score of whoever labels most contested items. A rating is not compared when
 * the other raters are absent or tied.
 */
export function consensus(annotations: readonly Annotation[]): {
  items: ItemConsensus[];
  raters: RaterConsensus[];
} {
  const items: ItemConsensus[] = [];
  const tally = new Map<string, { matched: number; compared: number }>();
  const byItem = groupRatings(annotations);
  for (const itemId of [...byItem.keys()].sort(compareKeys)) {
    const ratings = byItem.get(itemId)!;
    const counts = countLabels(ratings.values());
    const top = plurality(counts);
    items.push({ itemId, label: top.label, votes: ratings.size, topVotes: top.votes });
    for (const [raterId, label] of ratings) {
      const entry = tally.get(raterId) ?? { matched: 0, compared: 0 };
      tally.set(raterId, entry);
      counts.set(label, counts.get(label)! - 1);
      const others = plurality(counts);
      counts.set(label, counts.get(label)! + 1);
      if (others.label === null) continue;
      entry.compared += 1;
      if (others.label === label) entry.matched += 1;
    }
  }
  const raters = [...tally.keys()].sort(compareKeys).map((raterId) => {
    const { matched, compared } = tally.get(raterId)!;
    return { raterId, agreement: compared === 0 ? null : matched / compared, compared };
  });
  return { items, raters };
}

function plurality(counts: Map<Label, number>): { label: Label | null; votes: number } {
  let label: Label | null = null;
  let votes = 0;
  let tied = false;
  for (const [candidate, n] of counts) {
    if (n > votes) {
      label = candidate;
      votes = n;
      tied = false;
    } else if (n === votes && n > 0) {
      tied = true;
    }
  }
  return { label: tied ? null : label, votes };
}
