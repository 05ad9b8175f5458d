"use client";

import Link from "next/link";
import type { PaintingCardFragment } from "../graphql/generated";

/** Thumbnails with name and, where the viewer may see it, status and approved label. */
export function PaintingGrid({ paintings }: { paintings: PaintingCardFragment[] }) {
  return (
    <div className="grid" style={{ gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))" }}>
      {paintings.map((painting) => (
        <Link key={painting.id} href={`/paintings/${painting.id}`} className="panel" data-testid="painting-card" style={{ padding: 8, color: "inherit" }}>
          {/* A plain img: the authorized route serves ready-made thumbnails, next/image would re-encode them. */}
          <img src={painting.thumbnailUrl} alt={painting.originalName} loading="lazy"
            style={{ width: "100%", aspectRatio: "1", objectFit: "cover", borderRadius: 4, background: "#eceae4" }} />
          <div style={{ fontSize: 13, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }} title={painting.originalName}>
            {painting.originalName}
          </div>
          <div className="row" style={{ gap: 6 }}>
            {painting.status && <span className="badge">{painting.status.toLowerCase()}</span>}
            {painting.approvedLabel && (
              <span className="badge" style={{ background: painting.approvedLabel.color, color: "#fff" }}>{painting.approvedLabel.name}</span>
            )}
          </div>
        </Link>
      ))}
    </div>
  );
}
