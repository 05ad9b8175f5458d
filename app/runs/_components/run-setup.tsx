import type { RunReportFieldsFragment } from "../../graphql/generated";
import { dateTime } from "../_lib/format";

type Props = { run: RunReportFieldsFragment };

/** How the run was set up: its resolved configuration, where it ran and the data it froze. */
export function RunSetup({ run }: Props) {
  const config = (run.config ?? {}) as Record<string, unknown>;
  const snapshot = run.snapshot;
  return (
    <div className="grid">
      <div className="panel">
        <h3>Configuration</h3>
        <table aria-label="Configuration" className="compact">
          <tbody>
            {Object.entries(config).map(([key, value]) => (
              <tr key={key}><th scope="row">{key}</th><td>{value === null ? "none" : String(value)}</td></tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">Backend: {run.backend ?? "not chosen yet"}</p>
      </div>
      <div className="panel">
        <h3>Dataset snapshot</h3>
        {snapshot ? (
          <dl className="facts" aria-label="Dataset snapshot">
            <dt>Items</dt><dd>{snapshot.itemCount}</dd>
            <dt>Classes</dt><dd>{countList(snapshot.classCounts)}</dd>
            <dt>Splits</dt><dd>{countList(snapshot.splitCounts)}</dd>
            <dt>Seed</dt><dd>{snapshot.seed}</dd>
            <dt>Content hash</dt><dd><code title={snapshot.contentHash}>{snapshot.contentHash.slice(0, 16)}…</code></dd>
            <dt>Frozen</dt><dd>{dateTime(snapshot.createdAt)}</dd>
          </dl>
        ) : (
          <p className="muted">Not frozen yet; the worker snapshots the approved labels when the run starts.</p>
        )}
        {run.modelVersion && <p className="muted small">Produced model v{run.modelVersion.version}.</p>}
      </div>
    </div>
  );
}

function countList(counts: unknown): string {
  return Object.entries((counts ?? {}) as Record<string, number>).map(([key, n]) => `${key} ${n}`).join(" · ");
}
