"use client";

import { useMutation } from "@apollo/client/react";
import { CancelTrainingRunDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";

/** A queued run stops at once; a running one at the worker's next batch. */
export function CancelRunButton({ runId, requested }: { runId: string; requested: boolean }) {
  const [cancel, { loading, error }] = useMutation(CancelTrainingRunDocument);
  return (
    <>
      <button type="button" className="secondary danger" disabled={loading || requested}
        onClick={() => {
          if (window.confirm("Cancel this training run?")) cancel({ variables: { id: runId } }).catch(() => null);
        }}>
        {requested ? "Cancelling…" : "Cancel run"}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
