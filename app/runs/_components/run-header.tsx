import Link from "next/link";
import type { RunReportFieldsFragment } from "../../graphql/generated";
import { dateTime, duration } from "../_lib/format";
import { isActiveStatus } from "../_lib/use-poll-while";
import { CancelRunButton } from "./cancel-run-button";
import { RunProgress } from "./run-progress";
import { RunStatusBadge } from "./run-status-badge";

export function RunHeader({ run, canManage }: { run: RunReportFieldsFragment; canManage: boolean }) {
  const active = isActiveStatus(run.status);
  const exportUrl = (format: string) => `/api/runs/${encodeURIComponent(run.id)}/report?format=${format}`;
  return (
    <header className="run-header">
      <p className="muted small">
        <Link href={`/runs?project=${encodeURIComponent(run.project.id)}`}>{run.project.name}</Link> › run
      </p>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>
          Run {run.preset} · seed {run.seed} <RunStatusBadge status={run.status} />
        </h1>
        <div className="row">
          <a href={exportUrl("json")} download>Export JSON</a>
          <a href={exportUrl("csv")} download>Export CSV</a>
          {canManage && active && <CancelRunButton runId={run.id} requested={run.cancelRequested} />}
        </div>
      </div>
      <p className="muted small">
        Started by {run.startedBy?.name ?? "a script"} · created {dateTime(run.createdAt)} · ran {duration(run.startedAt, run.finishedAt ?? (active ? new Date().toISOString() : null))}
        {run.attempt > 1 && ` · attempt ${run.attempt}`}
      </p>
      {(active || run.status === "CANCELLED") && <RunProgress run={run} />}
      {!active && run.message && <p className="muted">{run.message}</p>}
    </header>
  );
}
