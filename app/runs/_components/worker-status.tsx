"use client";

// Which workers are alive and what they run, so a queued run that waits for nobody says so
// instead of spinning.
import type { TrainingCapacityQuery } from "../../graphql/generated";

type Workers = TrainingCapacityQuery["liveWorkers"];

export function WorkerStatus({ workers, queued }: { workers: Workers | undefined; queued: number }) {
  if (!workers) return null;
  if (workers.length === 0) {
    return (
      <p className="notice" role="status" data-testid="no-live-worker">
        No worker is running{queued > 0 ? `, so ${queued} queued run${queued === 1 ? "" : "s"} will wait` : ""}. Start one with{" "}
        <code>npm start</code> (web app and worker) or <code>npm run worker</code> on any machine that reaches the database.
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="live-workers">
      {workers.length} worker{workers.length === 1 ? "" : "s"} running:{" "}
      {workers.map((w) => `${w.hostname} (${w.backend}${w.threads ? `, ${w.threads} threads` : ""}; ${w.busy ? "training" : "idle"})`).join(", ")}.
    </p>
  );
}
