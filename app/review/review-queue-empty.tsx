import type { ReviewQueueQuery, ReviewReason } from "../graphql/generated";
import { REASON_LABELS } from "./review-labels";

type Queue = ReviewQueueQuery["reviewQueue"];

/** Why there is nothing to start on: an empty queue, or one whose entries others hold. */
export function ReviewQueueEmpty({ projectName, queue, reason, viewerId }: { projectName: string; queue: Queue; reason: ReviewReason | null; viewerId: string }) {
  const counts = reason ? queue.counts.filter((count) => count.reason === reason) : queue.counts;
  const open = counts.reduce((sum, count) => sum + count.open, 0);
  const claimed = counts.reduce((sum, count) => sum + count.claimed, 0);
  const live = (entry: Queue["entries"][number]) => entry.claimedBy && entry.claimExpiresAt && new Date(entry.claimExpiresAt) > new Date();
  const mine = queue.entries.filter((entry) => live(entry) && entry.claimedBy?.id === viewerId).length;
  const byOthers = Math.max(0, claimed - mine);
  const elsewhere = reason ? queue.counts.filter((count) => count.reason !== reason).reduce((sum, count) => sum + count.open - count.claimed, 0) : 0;
  return (
    <section className="panel" data-testid="review-empty" aria-label="Nothing to review" style={{ margin: "16px 0" }}>
      <h2 style={{ marginTop: 0 }}>
        Nothing to review in {projectName}{reason ? ` for “${REASON_LABELS[reason]}”` : ""}
        {byOthers > 0 ? ` — ${byOthers} ${byOthers === 1 ? "entry" : "entries"} claimed by others` : ""}
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        {open === 0 ? "No painting waits for a decision." : byOthers > 0 ? "They come back here if released or if their claim expires." : ""}
        {mine > 0 ? " You hold one yourself: continue with it above." : ""}
        {elsewhere > 0 ? ` ${elsewhere} more ${elsewhere === 1 ? "waits" : "wait"} under other reasons: choose “All”.` : ""}
      </p>
    </section>
  );
}
