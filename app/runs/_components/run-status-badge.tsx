import type { RunStatus } from "../../graphql/generated";

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`} data-testid="run-status">{status.toLowerCase()}</span>;
}
