"use client";

import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { PaintingDetailDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { EvidencePanel } from "../evidence-panel";
import { PaintingGrid } from "../painting-grid";
import { PaintingHistory } from "./painting-history";

export function PaintingDetail({ id, reviewer, manager }: { id: string; reviewer: boolean; manager: boolean }) {
  const { data, loading, error } = useQuery(PaintingDetailDocument, { variables: { id, reviewer, manager } });
  const painting = data?.painting;
  if (error) return <ErrorMessage error={error} />;
  if (loading && !painting) return <p className="muted">Loading…</p>;
  if (!painting) return null;

  const facts: [string, string][] = [
    ["Size", `${painting.width} × ${painting.height} px, ${painting.format.toUpperCase()}, ${(painting.byteSize / 1024).toFixed(0)} KB uploaded`],
    ["Source", painting.source === "UPLOAD" ? `Browser upload${painting.uploadedBy ? ` by ${painting.uploadedBy.name}` : ""}` : "Command-line import"],
    ["Added", new Date(painting.createdAt).toLocaleString()],
    ["Status", painting.status?.toLowerCase() ?? "hidden until you label it"],
    ["Approved label", painting.approvedLabel?.name ?? (painting.status ? "none yet" : "hidden until you label it")],
  ];
  if (painting.sha256) facts.push(["SHA-256", painting.sha256], ["Perceptual hash", painting.phash ?? ""]);
  if (manager) facts.push(["Gold item", painting.isGold ? `yes (answer: ${painting.goldLabel?.name ?? "?"})` : "no"]);

  return (
    <>
      <p><Link href={`/paintings?project=${encodeURIComponent(painting.projectId)}`}>← Paintings</Link></p>
      <h1 style={{ overflowWrap: "anywhere" }}>{painting.originalName}</h1>
      <div className="row" style={{ alignItems: "flex-start" }}>
        <a href={painting.imageUrl} style={{ flex: "2 1 420px" }}>
          {/* A plain img: the authorized route serves the stored original as is. */}
          <img src={painting.imageUrl} alt={painting.originalName} style={{ maxWidth: "100%", maxHeight: "75vh", borderRadius: 6 }} />
        </a>
        <table aria-label="Painting details" style={{ flex: "1 1 280px" }}>
          <tbody>
            {facts.map(([name, value]) => (
              <tr key={name}><th scope="row">{name}</th><td style={{ overflowWrap: "anywhere" }}>{value}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {reviewer && <EvidencePanel evidence={painting.evidence} />}
      <h2>Near-duplicates ({painting.nearDuplicates.length})</h2>
      {painting.nearDuplicates.length === 0
        ? <p className="muted">None found: no painting in the project has a perceptual hash within 8 bits.</p>
        : <PaintingGrid paintings={painting.nearDuplicates.map((link) => link.painting)} />}
      <h2>History</h2>
      <PaintingHistory events={painting.history} />
    </>
  );
}
