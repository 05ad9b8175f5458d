"use client";

// Each active-learning round with what it did, and how accuracy on the model's fixed test split
// moved from the round before: the figure that says whether people's review work is paying off.
import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { ActiveLearningRoundsDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { accuracyWithInterval, dateTime, majorityBaseline, percent } from "../_lib/format";
import { isActiveStatus, usePollWhile } from "../_lib/use-poll-while";
import { RunStatusBadge } from "./run-status-badge";

/** A queued scoring pass shows up when a worker takes it; without a worker, stop waiting after this. */
const AWAIT_ROUND_MS = 120_000;

/** `scoreRequests` counts "score now" presses: after one, the table polls until a new round appears. */
export function RoundsTable({ projectId, scoreRequests = 0 }: { projectId: string; scoreRequests?: number }) {
  const query = useQuery(ActiveLearningRoundsDocument, { variables: { projectId } });
  const rounds = query.data?.activeLearningRounds ?? [];
  const newest = rounds[0]?.id ?? null;
  const [awaiting, setAwaiting] = useState<{ after: string | null } | null>(null);
  useEffect(() => {
    if (scoreRequests === 0) return;
    setAwaiting({ after: newest });
    const timer = setTimeout(() => setAwaiting(null), AWAIT_ROUND_MS);
    return () => clearTimeout(timer);
    // Only a new request restarts the wait; `newest` is read at that moment on purpose.
  }, [scoreRequests]);
  const waiting = awaiting !== null && newest === awaiting.after;
  usePollWhile(waiting || rounds.some((round) => isActiveStatus(round.status)), query);
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="muted">Loading…</p>;
  if (rounds.length === 0) return <p className="muted">No scoring rounds yet; one runs after every successful training run.</p>;
  return (
    <table aria-label="Active-learning rounds">
      <thead>
        <tr>
          <th>Scored at</th><th>Model</th><th>Status</th><th>Strategy</th><th>Scored</th><th>Sent to review</th>
          <th>Removed</th><th>Resolved since previous</th><th>Fixed test set accuracy</th><th>Change</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round, i) => {
          const previous = rounds[i + 1]?.testAccuracy;
          const change = round.testAccuracy !== null && previous != null ? round.testAccuracy - previous : null;
          return (
            <tr key={round.id}>
              <td>{dateTime(round.createdAt)}</td>
              <td><Link href={`/runs/${round.modelVersion.runId}`}>v{round.modelVersion.version}</Link></td>
              <td><RunStatusBadge status={round.status} />{isActiveStatus(round.status) && ` ${percent(round.progress, 0)}`}</td>
              <td>{round.strategy.toLowerCase().replace("_", " ")} ≥ {round.threshold}{round.budget !== null && `, budget ${round.budget}`}</td>
              <td>{round.scored}</td>
              <td>{round.enqueued}</td>
              <td>{round.removed}</td>
              <td>{round.resolvedSincePrevious}</td>
              <td>
                {accuracyWithInterval(round.testAccuracy, round.testFigures?.sampleCount, round.testFigures?.accuracyInterval)}
                {round.testFigures && <><br /><small className="muted">baseline {majorityBaseline(round.testFigures.majorityClassRate, round.testFigures.majorityClassKey)}</small></>}
              </td>
              <td className={change === null ? "muted" : change < 0 ? "error" : undefined}>
                {change === null ? "–" : `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)} pts`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
