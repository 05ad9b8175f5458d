import { accuracyInterval } from "@/core/metrics/accuracy-interval";

/**
 * Wilson 95% interval for a stored report. Reports keep accuracy as a ratio, so the correct count
 * is recovered by rounding accuracy * sampleCount (exact for any realistic split size).
 */
export function reportAccuracyInterval(report: { accuracy: number; sampleCount: number }) {
  const interval = accuracyInterval(Math.round(report.accuracy * report.sampleCount), report.sampleCount);
  return interval ? { lower: interval.lower, upper: interval.upper } : null;
}
