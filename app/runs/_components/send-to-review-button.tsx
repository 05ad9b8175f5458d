"use client";

import { useMutation } from "@apollo/client/react";
import { ConfusionCellPaintingsDocument, SendPaintingsToReviewDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";

type Props = { projectId: string; paintingIds: string[]; modelVersionId: string | null };

/** Contradicted labels go to reviewers as "model disagrees", the rest as spot checks. */
export function SendToReviewButton({ projectId, paintingIds, modelVersionId }: Props) {
  const [send, { data, loading, error }] = useMutation(SendPaintingsToReviewDocument, { refetchQueries: [ConfusionCellPaintingsDocument] });
  const result = data?.sendPaintingsToReview;
  return (
    <div className="row">
      <button type="button" disabled={loading || paintingIds.length === 0}
        onClick={() => send({ variables: { projectId, paintingIds, modelVersionId } }).catch(() => null)}>
        Send {paintingIds.length} to review
      </button>
      {result && (
        <p role="status">
          Sent {result.queued} to review: {result.modelDisagrees} where the model disagrees with the label, {result.spotChecks} as spot checks.
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
