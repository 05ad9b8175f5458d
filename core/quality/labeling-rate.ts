export type LabelingRate = {
  labels: number;
  /** Labeling time in minutes: gaps between consecutive labels, each capped at BREAK_MINUTES. */
  activeMinutes: number;
  /** Labels per hour of labeling time; null until MIN_LABELS and MIN_ACTIVE_MINUTES are reached. */
  labelsPerHour: number | null;
};

/** A longer gap between two labels is a break and counts as this much labeling at most. */
export const BREAK_MINUTES = 5;
// Below these a rate says more about chance than about pace: 28 labels in 15 s extrapolated to
// an hour read as "28.0/h" (one clock hour) or "6720/h" (wall time), both wrong.
export const MIN_LABELS = 20;
export const MIN_ACTIVE_MINUTES = 10;

const MINUTE_MS = 60_000;

/**
 * Labels per hour of labeling time. The time is the sum of the gaps between consecutive labels,
 * each capped at BREAK_MINUTES, so nights and breaks count for little while loading and reading
 * notes between paintings count. n labels span n - 1 gaps, so the rate is (n - 1) / time.
 */
export function labelingRate(times: readonly Date[]): LabelingRate {
  const sorted = times.map((time) => time.getTime()).sort((a, b) => a - b);
  let activeMs = 0;
  for (let i = 1; i < sorted.length; i++) activeMs += Math.min(sorted[i] - sorted[i - 1], BREAK_MINUTES * MINUTE_MS);
  const activeMinutes = activeMs / MINUTE_MS;
  const enough = sorted.length >= MIN_LABELS && activeMinutes >= MIN_ACTIVE_MINUTES;
  return { labels: sorted.length, activeMinutes, labelsPerHour: enough ? ((sorted.length - 1) / activeMinutes) * 60 : null };
}
