// How often a crashed process is restarted: at most `max` restarts within a sliding `windowMs`,
// so a process that crashes once a day is always brought back while a crash loop is stopped.
export const RESTARTS_PER_WINDOW = 5;
export const RESTART_WINDOW_MS = 10 * 60_000;

export type RestartBudget = { tryRestart: () => boolean; describe: () => string };

export function createRestartBudget({ max = RESTARTS_PER_WINDOW, windowMs = RESTART_WINDOW_MS, now = () => Date.now() } = {}): RestartBudget {
  const restarts: number[] = [];
  return {
    tryRestart() {
      const cutoff = now() - windowMs;
      while (restarts.length > 0 && restarts[0]! <= cutoff) restarts.shift();
      if (restarts.length >= max) return false;
      restarts.push(now());
      return true;
    },
    describe: () => `after ${max} restarts within ${Math.round(windowMs / 60_000)} minutes`,
  };
}
