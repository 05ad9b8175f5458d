import type { RunSummaryFragment } from "../../graphql/generated";
import { aboutSeconds, percent } from "../_lib/format";

/** Phase and progress the worker writes as it goes; the page polls while the run is active. */
export function RunProgress({ run }: { run: RunSummaryFragment }) {
  return (
    <div className="progress-line">
      <progress value={run.progress} max={1} aria-label="Run progress" />
      <span>
        {percent(run.progress, 0)} · {run.phase}{run.message ? ` · ${run.message}` : ""}
        {run.status === "RUNNING" && run.etaSeconds ? <span data-testid="run-eta"> · {aboutSeconds(run.etaSeconds)} left</span> : null}
      </span>
    </div>
  );
}
