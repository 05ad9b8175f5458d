"use client";

import type { EvidencePanelFragment } from "../graphql/generated";

/**
 * What the upload's bytes say about where the painting came from, for reviewers and managers
 * (GraphQL refuses the field to annotators). C2PA is reported present, never verified.
 */
export function EvidencePanel({ evidence }: { evidence: EvidencePanelFragment | null | undefined }) {
  if (!evidence) return <section aria-label="Provenance evidence"><h2>Provenance evidence</h2><p className="muted">Not extracted for this painting (imported before extraction; run scripts/backfill-evidence.ts).</p></section>;
  const rows: [string, string][] = [["File type (from its bytes)", evidence.container.toUpperCase()]];
  rows.push(["C2PA manifest", evidence.c2paPresent ? `present, not verified${evidence.c2paClaimGenerator ? ` · claim generator “${evidence.c2paClaimGenerator}”` : ""}` : "none"]);
  rows.push(["XMP DigitalSourceType", evidence.digitalSourceType ? `${evidence.digitalSourceType}${evidence.algorithmicSource ? " (generative model)" : ""}` : evidence.xmpPresent ? "XMP present, no source type" : "no XMP"]);
  const camera = [evidence.exifMake, evidence.exifModel].filter(Boolean).join(" ");
  rows.push(["EXIF software", evidence.exifSoftware ?? "—"], ["EXIF camera", camera || "—"], ["EXIF date", evidence.exifDateTime ?? "—"]);
  rows.push(["GPS", evidence.gpsPresent ? (evidence.gpsLatitude != null && evidence.gpsLongitude != null ? `${evidence.gpsLatitude.toFixed(5)}, ${evidence.gpsLongitude.toFixed(5)}` : "present, no coordinates") : "none"]);
  rows.push(["Generator parameters", evidence.generatorParametersPresent ? "present" : "none"]);
  return (
    <section aria-label="Provenance evidence" data-testid="evidence-panel">
      <h2>Provenance evidence</h2>
      <table aria-label="Evidence signals">
        <tbody>
          {rows.map(([name, value]) => <tr key={name}><th scope="row">{name}</th><td style={{ overflowWrap: "anywhere" }}>{value}</td></tr>)}
        </tbody>
      </table>
      {evidence.textChunks.map((chunk, i) => (
        <details key={i} open={chunk.generatorParameters}>
          <summary>{chunk.keyword}{chunk.generatorParameters && " · generator parameters"}{chunk.truncated && " · truncated at 16 KB"}</summary>
          <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 240, overflow: "auto", fontSize: 12 }}>{chunk.text}</pre>
        </details>
      ))}
      {evidence.truncated && <p className="muted">Some metadata was cut to its size cap or left unread.</p>}
    </section>
  );
}
