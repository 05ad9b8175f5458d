"use client";

import Link from "next/link";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ErrorMessage } from "../components/error-message";
import { ProjectSelect, useSelectedProject } from "../components/project-select";
import { ClaimNextReviewDocument, ReviewQueueDocument, type ReviewReason } from "../graphql/generated";
import { priorityDigits } from "./priority-digits";
import { ReviewQueueEmpty } from "./review-queue-empty";
import { isReason, REASON_LABELS } from "./review-labels";

/** The queue: how much waits per reason, a filter, and "Start reviewing", which claims the next one. */
export function ReviewQueuePanel({ viewerId }: { viewerId: string }) {
  const router = useRouter();
  const params = useSearchParams();
  const { projects, project, select, loading, error } = useSelectedProject();
  const [reason, setReason] = useState<ReviewReason | null>(isReason(params.get("reason")) ? (params.get("reason") as ReviewReason) : null);
  const [empty, setEmpty] = useState(false);
  const queue = useQuery(ReviewQueueDocument, { variables: { projectId: project?.id ?? "", reason }, skip: !project, fetchPolicy: "network-only" });
  const [claimNext, claim] = useMutation(ClaimNextReviewDocument);

  async function start() {
    if (!project) return;
    const result = await claimNext({ variables: { projectId: project.id, reason } }).catch(() => null);
    const next = result?.data?.claimNextReview;
    if (next) router.push(`/review/${next.id}${reason ? `?reason=${reason}` : ""}`);
    else if (result) setEmpty(true);
  }

  const data = queue.data?.reviewQueue;
  const all = data?.counts.reduce((sum, count) => sum + count.open, 0) ?? 0;
  const shown = data ? data.counts.filter((count) => !reason || count.reason === reason) : [];
  const free = shown.reduce((sum, count) => sum + count.open - count.claimed, 0);
  const digits = priorityDigits(data?.entries.map((entry) => entry.priority) ?? []);
  return (
    <>
      <h1>Review queue</h1>
      {(error || queue.error || claim.error) && <ErrorMessage error={error ?? queue.error ?? claim.error} />}
      {loading && <p className="muted">Loading…</p>}
      <ProjectSelect projects={projects} value={project?.id} onChange={(id) => { setEmpty(false); select(id); }} />
      <div className="row" role="group" aria-label="Filter by reason" style={{ margin: "16px 0" }}>
        <button type="button" className={reason ? "secondary" : ""} aria-pressed={!reason} onClick={() => { setReason(null); setEmpty(false); }}>
          All ({all})
        </button>
        {data?.counts.map((count) => (
          <button key={count.reason} type="button" className={reason === count.reason ? "" : "secondary"} aria-pressed={reason === count.reason}
            data-testid={`reason-${count.reason}`} onClick={() => { setReason(count.reason); setEmpty(false); }}>
            {REASON_LABELS[count.reason]} ({count.open})
          </button>
        ))}
      </div>
      <div className="row">
        <button type="button" onClick={start} disabled={!project || claim.loading}>Start reviewing</button>
        {data?.myClaim && <Link href={`/review/${data.myClaim.id}`}>Continue with the painting you hold</Link>}
      </div>
      {project && data && (empty || free === 0) && <ReviewQueueEmpty projectName={project.name} queue={data} reason={reason} viewerId={viewerId} />}
      <h2>Waiting ({data?.total ?? 0})</h2>
      <table aria-label="Review queue">
        <thead><tr><th>Painting</th><th>Reason</th><th>Priority</th><th>Waiting since</th><th>Claimed by</th></tr></thead>
        <tbody>
          {data?.entries.map((entry) => (
            <tr key={entry.id}>
              <td className="row">
                <img src={entry.painting.thumbnailUrl} alt="" width={48} height={48} style={{ objectFit: "cover", borderRadius: 4 }} />
                <Link href={`/review/${entry.id}`}>{entry.painting.originalName}</Link>
              </td>
              <td>{REASON_LABELS[entry.reason]}</td>
              <td>{entry.priority.toFixed(digits)}</td>
              <td className="muted">{new Date(entry.createdAt).toLocaleString()}</td>
              <td className="muted">{entry.claimedBy && entry.claimExpiresAt && new Date(entry.claimExpiresAt) > new Date() ? entry.claimedBy.name : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
