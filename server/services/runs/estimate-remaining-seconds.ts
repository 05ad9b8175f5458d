// A running run's time left, extrapolated from its progress and the time since it started. Early
// progress (snapshot, image loading) says little about training speed, so no estimate is given
// before 5% or within the first 10 seconds.
type RunTiming = { status: string; progress: number; startedAt: Date | null };

export function estimateRemainingSeconds({ status, progress, startedAt }: RunTiming, now = new Date()): number | null {
  if (status !== "RUNNING" || !startedAt || progress < 0.05 || progress >= 1) return null;
  const elapsed = (now.getTime() - startedAt.getTime()) / 1000;
  if (elapsed < 10) return null;
  return (elapsed * (1 - progress)) / progress;
}
