"use client";

import { labelsPerHour } from "../../annotators/figures";
import type { MyLabelingStatsQuery } from "../../graphql/generated";

type Stats = MyLabelingStatsQuery["myLabelingStats"];
type Pace = MyLabelingStatsQuery["myLabelingPace"];

const RESOLUTION: Record<Stats["disputes"][number]["resolution"], string> = {
  PENDING: "waiting for a reviewer",
  UPHELD: "reviewer agreed with you",
  OVERRULED: "reviewer chose another label",
  SENT_BACK: "sent back for new labels",
  DISMISSED: "dismissed",
};

/** The annotator's own record, and what became of their labels on paintings that were disputed. */
export function DisputedOutcomes({ stats, pace }: { stats: Stats | undefined; pace: Pace | undefined }) {
  if (!stats) return null;
  return (
    <section className="panel" aria-label="Your disputed items">
      <h2 style={{ marginTop: 0 }}>Your labels</h2>
      <p className="muted" data-testid="my-stats">
        {stats.labeled} labeled · {stats.agreed} agreed with the final label · {stats.pending} waiting for others · {stats.disputed} disputed
      </p>
      {pace && <p className="muted" data-testid="my-pace">Labels per hour: {labelsPerHour(pace)}</p>}
      <h3 style={{ fontSize: 16 }}>Your disputed items</h3>
      {stats.disputes.length === 0 && <p className="muted">None so far.</p>}
      <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 8 }}>
        {stats.disputes.map((dispute) => (
          <li key={dispute.painting.id} className="row" data-testid="dispute">
            <img src={dispute.painting.thumbnailUrl} alt={dispute.painting.originalName} width={48} height={48} style={{ objectFit: "cover", borderRadius: 4 }} />
            <span>You said <strong style={{ color: dispute.myLabel.color }}>{dispute.myLabel.name}</strong></span>
            <span className="badge">{RESOLUTION[dispute.resolution]}</span>
            {dispute.finalLabel && <span>final: <strong style={{ color: dispute.finalLabel.color }}>{dispute.finalLabel.name}</strong></span>}
            {dispute.reviewComment && <span className="muted">“{dispute.reviewComment}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
