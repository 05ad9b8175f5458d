// How report figures are written everywhere on the model pages, so the same number reads the
// same in the list, the report and the comparison.

export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(digits)}%`;
}

export function decimal(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? "–" : value.toFixed(digits);
}

export function dateTime(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString() : "–";
}

/** Wall time between two timestamps, e.g. "4 min 12 s"; "–" until both exist. */
export function duration(from: string | null | undefined, to: string | null | undefined): string {
  if (!from || !to) return "–";
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export const SPLIT_LABELS = { TRAIN: "Training", VALIDATION: "Validation", TEST: "Test" } as const;

/** A number of seconds as "about 4 min" / "about 2 h 10 min"; "–" when unknown. */
export function aboutSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "–";
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `about ${minutes} min` : `about ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

type Bounds = { lower: number; upper: number } | null | undefined;

/** "72.7% (n = 11, 95% CI 43.4–90.3%)": how every accuracy on the model pages is written. */
export function accuracyWithInterval(value: number | null | undefined, n: number | null | undefined, interval: Bounds): string {
  if (value === null || value === undefined) return "–";
  const parts = [n === null || n === undefined ? null : `n = ${n}`, interval ? `95% CI ${percent(interval.lower)}–${percent(interval.upper)}` : null].filter(Boolean);
  return parts.length > 0 ? `${percent(value)} (${parts.join(", ")})` : percent(value);
}

/** "54.5% (always HUMAN)": the majority-class baseline an accuracy must beat. */
export function majorityBaseline(rate: number | null | undefined, classKey: string | null | undefined): string {
  if (rate === null || rate === undefined || !classKey) return "–";
  return `${percent(rate)} (always ${classKey})`;
}

/** "0.640 (95% CI 0.310–0.970)". */
export function decimalWithInterval(value: number | null | undefined, interval: Bounds): string {
  if (value === null || value === undefined) return "–";
  return interval ? `${decimal(value)} (95% CI ${decimal(interval.lower)}–${decimal(interval.upper)})` : decimal(value);
}
