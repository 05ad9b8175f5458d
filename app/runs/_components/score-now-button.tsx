"use client";

import { useMutation } from "@apollo/client/react";
import { ScorePaintingsDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";

/** Queues a scoring pass of the project's newest model; the round appears below when it starts. */
export function ScoreNowButton({ projectId, onQueued }: { projectId: string; onQueued: () => void }) {
  const [score, { data, loading, error }] = useMutation(ScorePaintingsDocument);
  return (
    <div className="row">
      <button type="button" className="secondary" disabled={loading} onClick={() => score({ variables: { projectId } }).then(onQueued, () => null)}>
        Score now
      </button>
      {data && <span role="status">Scoring with model v{data.scorePaintings.version} is queued.</span>}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
