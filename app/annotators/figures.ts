// How the annotator page writes numbers: a dash for "undefined", never a misleading 0.
export const percent = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)}%`);
export const decimal = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? "—" : value.toFixed(digits));
export const items = (n: number) => `${n} item${n === 1 ? "" : "s"}`;

/** A pace only with enough behind it (core/quality/labeling-rate.ts), always with its n. */
export const labelsPerHour = ({ labelsPerHour: rate, labels, activeMinutes }: { labelsPerHour?: number | null; labels: number; activeMinutes: number }) =>
  rate === null || rate === undefined
    ? `too few to say (${labels} label${labels === 1 ? "" : "s"})`
    : `${rate.toFixed(1)} (${labels} labels in ${Math.round(activeMinutes)} min)`;
