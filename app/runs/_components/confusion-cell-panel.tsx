"use client";

// The paintings behind a clicked confusion-matrix cell, as the run's model placed them. Managers
// can send them (all, or the ones ticked) to reviewers from here.
import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useState } from "react";
import { ConfusionCellPaintingsDocument, type DatasetSplit } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { percent, SPLIT_LABELS } from "../_lib/format";
import type { SelectedCell } from "./confusion-matrix";
import { SendToReviewButton } from "./send-to-review-button";

type Props = { runId: string; projectId: string; split: DatasetSplit; cell: SelectedCell; canManage: boolean };

export function ConfusionCellPanel({ runId, projectId, split, cell, canManage }: Props) {
  const { data, loading, error } = useQuery(ConfusionCellPaintingsDocument, { variables: { runId, split, ...cell } });
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const result = data?.confusionCellPaintings;
  const chosen = result?.paintings.filter((p) => !unticked.has(p.painting.id)).map((p) => p.painting.id) ?? [];
  const toggle = (id: string) => setUnticked((old) => {
    const next = new Set(old);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  return (
    <section className="panel" aria-label="Paintings in the selected cell">
      <h3>
        {SPLIT_LABELS[split]} split: actual {cell.actualKey}, predicted {cell.predictedKey}
        {result && <span className="muted"> · {result.total} painting{result.total === 1 ? "" : "s"}</span>}
      </h3>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {result?.explanation && <p className="notice" role="note">{result.explanation}</p>}
      {result && result.total > result.paintings.length && (
        <p className="muted">Showing the {result.paintings.length} the model was most confident about.</p>
      )}
      <ul className="thumbs">
        {result?.paintings.map((p) => (
          <li key={p.painting.id}>
            <Link href={`/paintings/${p.painting.id}`} title={p.painting.originalName}>
              <img src={p.painting.thumbnailUrl} alt={p.painting.originalName} width={96} height={96} loading="lazy" />
            </Link>
            <span className="muted">{p.predictedKey} {percent(p.confidence, 0)}</span>
            {p.currentLabelKey !== p.actualKey && <span className="badge">now {p.currentLabelKey ?? "not approved"}</span>}
            {p.inReview && <span className="badge">in review</span>}
            {canManage && (
              <label className="inline">
                <input type="checkbox" checked={!unticked.has(p.painting.id)} onChange={() => toggle(p.painting.id)} /> send
              </label>
            )}
          </li>
        ))}
      </ul>
      {canManage && result && result.paintings.length > 0 && (
        <SendToReviewButton projectId={projectId} paintingIds={chosen} modelVersionId={result.modelVersion?.id ?? null} />
      )}
    </section>
  );
}
