export type LabelingRate = {
  labels: number;
  /** Distinct clock hours (UTC) with at least one label. */
  activeHours: number;
  /** labels / activeHours; null without labels. */
  labelsPerHour: number | null;
};

const HOUR_MS = 3_600_000;

/**
 * Labels per active hour: the labels divided by the number of distinct clock hours in which at
 * least one was given. Wall-clock time from first to last label would count nights and breaks;
 * summed per-painting durations would miss the time between paintings (loading, reading notes)
 * and are missing for imported labels. An hour with a single label counts as a whole hour, so
 * sporadic labeling reads as slow, which it is.
 */
export function labelingRate(times: readonly Date[]): LabelingRate {
  const hours = new Set(times.map((time) => Math.floor(time.getTime() / HOUR_MS)));
  return { labels: times.length, activeHours: hours.size, labelsPerHour: times.length === 0 ? null : times.length / hours.size };
}
