"use client";

import Link from "next/link";
import type { ReviewItemQuery } from "../../graphql/generated";
import { timeAgo } from "../../paintings/time-ago";
import { REASON_CODE_LABELS, REASON_LABELS } from "../review-labels";

type Item = ReviewItemQuery["reviewItem"];

/** Every label of the current round, with who gave it, how sure they were and why. */
export function AnnotationsTable({ annotations }: { annotations: Item["annotations"] }) {
  if (annotations.length === 0) return <p className="muted">No labels in this round yet.</p>;
  return (
    <table aria-label="Annotations">
      <thead><tr><th>Annotator</th><th>Label</th><th>Confidence</th><th>Note</th><th>Time</th></tr></thead>
      <tbody>
        {annotations.map((a) => (
          <tr key={a.id}>
            <td>{a.annotator.name}</td>
            <td><span className="badge" style={{ background: a.label.color, color: "#fff" }}>{a.label.name}</span>{a.suggestionShown && <span className="muted" title="The model's suggestion was on screen"> · saw model</span>}</td>
            <td>{a.confidence ? `${a.confidence}/5` : "—"}</td>
            <td>{a.note || <span className="muted">—</span>}</td>
            <td className="muted">{a.durationMs ? `${Math.round(a.durationMs / 1000)} s` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The newest model's probability per class, as bars. */
export function PredictionBars({ prediction }: { prediction: Item["prediction"] }) {
  if (!prediction) return <p className="muted">No model has scored this painting yet.</p>;
  return (
    <div aria-label="Model probabilities" role="group" className="stack" style={{ display: "grid", gap: 6 }}>
      <span className="muted" style={{ fontSize: 13 }}>Model v{prediction.modelVersion} · uncertainty {prediction.uncertainty.toFixed(2)}</span>
      {prediction.probabilities.map((p) => (
        <div key={p.labelKey} style={{ display: "grid", gridTemplateColumns: "110px 1fr 48px", gap: 8, alignItems: "center", fontSize: 14 }}>
          <span>{p.label?.name ?? p.labelKey}</span>
          <span style={{ background: "#eceae4", borderRadius: 4, height: 12 }}>
            <span style={{ display: "block", width: `${p.probability * 100}%`, height: "100%", borderRadius: 4, background: p.label?.color ?? "#888" }} />
          </span>
          <span>{Math.round(p.probability * 100)}%</span>
        </div>
      ))}
    </div>
  );
}

export function NearDuplicates({ links }: { links: Item["painting"]["nearDuplicates"] }) {
  if (links.length === 0) return <p className="muted">No near-duplicates.</p>;
  return (
    <div className="row">
      {links.map((link) => (
        <Link key={link.painting.id} href={`/paintings/${link.painting.id}`} title={`${link.painting.originalName} · distance ${link.distance}`}>
          <img src={link.painting.thumbnailUrl} alt={link.painting.originalName} width={72} height={72} style={{ objectFit: "cover", borderRadius: 4 }} />
        </Link>
      ))}
    </div>
  );
}

export function PreviousReviews({ reviews }: { reviews: Item["previousReviews"] }) {
  if (reviews.length === 0) return <p className="muted">No earlier decisions.</p>;
  return (
    <ul aria-label="Earlier decisions">
      {reviews.map((r) => (
        <li key={r.id}>
          {new Date(r.createdAt).toLocaleString()} · {r.reviewer.name}: {r.decision === "APPROVE" ? `approved ${r.finalLabel?.name}` : "sent back"} (round {r.round},{" "}
          {REASON_LABELS[r.reason]}, {REASON_CODE_LABELS[r.reasonCode]}){r.comment && <> — “{r.comment}”</>}
        </li>
      ))}
    </ul>
  );
}

export function History({ events }: { events: Item["painting"]["history"] }) {
  return (
    <ol aria-label="History" style={{ fontSize: 14 }}>
      {events.map((e, i) => (
        <li key={i}>
          {e.summary}
          <span className="muted"> — <time dateTime={e.at} title={new Date(e.at).toLocaleString()}>{timeAgo(e.at)}</time></span>
          {e.kind !== "UPLOADED" && e.note && <span className="muted"> · “{e.note}”</span>}
        </li>
      ))}
    </ol>
  );
}
