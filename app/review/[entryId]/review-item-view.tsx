"use client";

import Link from "next/link";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorMessage } from "../../components/error-message";
import { ClaimNextReviewDocument, ReleaseReviewClaimDocument, ReviewItemDocument, type ReviewReason } from "../../graphql/generated";
import { isReason, REASON_LABELS } from "../review-labels";
import { DecisionForm } from "./decision-form";
import { SaliencyControls } from "./saliency-controls";
import { AnnotationsTable, History, NearDuplicates, PredictionBars, PreviousReviews } from "./evidence";
import { ZoomableImage } from "../../components/zoomable-image";
import { EvidencePanel } from "../../paintings/evidence-panel";

type Props = { entryId: string; reason: string | null; manager: boolean };

/** One entry under review: the evidence on the left and right, the decision below the labels. */
export function ReviewItemView({ entryId, reason, manager }: Props) {
  const router = useRouter();
  const filter: ReviewReason | null = isReason(reason) ? reason : null;
  const { data, error, loading } = useQuery(ReviewItemDocument, { variables: { entryId }, fetchPolicy: "network-only" });
  const [claimNext, next] = useMutation(ClaimNextReviewDocument);
  const [release] = useMutation(ReleaseReviewClaimDocument);
  const [saliencyShown, setSaliencyShown] = useState(false);
  const [saliencyOpacity, setSaliencyOpacity] = useState(0.5);
  const item = data?.reviewItem;
  const queueUrl = item ? `/review?project=${item.entry.projectId}${filter ? `&reason=${filter}` : ""}` : "/review";

  // After a decision, straight on to the next painting of the same filter; back to the queue when none is left.
  async function goToNext() {
    const result = await claimNext({ variables: { projectId: item!.entry.projectId, reason: filter } }).catch(() => null);
    const nextId = result?.data?.claimNextReview?.id;
    router.push(nextId ? `/review/${nextId}${filter ? `?reason=${filter}` : ""}` : queueUrl);
  }

  async function giveBack() {
    await release({ variables: { entryId } }).catch(() => null);
    router.push(queueUrl);
  }

  if (error) return <ErrorMessage error={error} />;
  if (loading || !item) return <p className="muted">Loading…</p>;
  const { entry, painting } = item;
  return (
    <>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>{painting.originalName}</h1>
        <div className="row">
          {item.openReasons.map((r) => <span key={r} className="badge">{REASON_LABELS[r]}</span>)}
          <Link href={queueUrl}>Back to queue</Link>
        </div>
      </div>
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(320px, 2fr)", gap: 24, marginTop: 16 }}>
        <div>
          <ZoomableImage
            src={painting.imageUrl}
            alt={painting.originalName}
            keyboard
            overlay={saliencyShown && item.prediction?.saliencyUrl ? { src: item.prediction.saliencyUrl, alt: `Where model v${item.prediction.modelVersion} looked`, opacity: saliencyOpacity } : null}
          />
          {item.prediction && (
            <SaliencyControls available={!!item.prediction.saliencyUrl} shown={saliencyShown} opacity={saliencyOpacity} onShownChange={setSaliencyShown} onOpacityChange={setSaliencyOpacity} />
          )}
        </div>
        <div className="stack" style={{ display: "grid", gap: 16, alignContent: "start" }}>
          <section aria-label="Labels"><h2 style={{ marginTop: 0 }}>Labels of this round</h2><AnnotationsTable annotations={item.annotations} /></section>
          <section><h2>Model</h2><PredictionBars prediction={item.prediction} /></section>
          {entry.status !== "OPEN" ? (
            <p role="status">Decided{entry.review ? ` by ${entry.review.reviewer.name}` : ""}. <Link href={queueUrl}>Back to the queue</Link></p>
          ) : item.canDecide ? (
            <>
              <DecisionForm entryId={entryId} labelClasses={item.labelClasses} goldLabel={item.goldLabel} manager={manager} onDecided={goToNext} />
              <button type="button" className="secondary" onClick={giveBack} disabled={next.loading} style={{ justifySelf: "start" }}>Release without deciding</button>
            </>
          ) : (
            <p role="status" className="muted">
              {entry.claimedBy && entry.claimExpiresAt && new Date(entry.claimExpiresAt) > new Date()
                ? `${entry.claimedBy.name} is reviewing this painting.`
                : "Claim it from the queue with “Start reviewing” to decide it."}
            </p>
          )}
        </div>
      </div>
      <EvidencePanel evidence={painting.evidence} />
      <section><h2>Near-duplicates</h2><NearDuplicates links={painting.nearDuplicates} /></section>
      <section><h2>Earlier decisions</h2><PreviousReviews reviews={item.previousReviews} /></section>
      <section><h2>History</h2><History events={painting.history} /></section>
    </>
  );
}
