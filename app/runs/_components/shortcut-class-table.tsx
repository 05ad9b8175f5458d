import type { ShortcutAuditFieldsFragment } from "../../graphql/generated";
import { decimal } from "../_lib/format";

type Audit = ShortcutAuditFieldsFragment;

const NUMERIC_LABELS: Record<string, string> = {
  width: "Width (px)", height: "Height (px)", aspect: "Aspect (w/h)", byteSize: "File size",
  bytesPerPixel: "Bytes per pixel", jpegQuality: "JPEG quality",
};

function amount(feature: string, value: number): string {
  if (feature === "byteSize") return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (feature === "aspect" || feature === "bytesPerPixel") return value.toFixed(2);
  return String(Math.round(value));
}

/** Per class, how its files look: numbers as median (min–max), categories as counts. Features that give the class away are marked. */
export function ShortcutClassTable({ audit, label }: { audit: Audit; label: string }) {
  const flagged = new Set(audit.flaggedFeatures);
  const aucOf = new Map(audit.features.map((f) => [f.feature, f.auc]));
  const numeric = Object.keys(NUMERIC_LABELS).filter((feature) => audit.numeric.some((s) => s.feature === feature));
  const categorical = [...new Set(audit.categories.map((k) => k.feature))];
  const row = (feature: string, name: string, cell: (profile: Audit["classCounts"][number]) => string) => (
    <tr key={feature} className={flagged.has(feature) ? "flagged" : undefined}>
      <th scope="row">{name}{flagged.has(feature) && <span className="badge status-failed"> gives the class away</span>}</th>
      {audit.classCounts.map((profile) => <td key={profile.classKey}>{cell(profile)}</td>)}
      <td>{decimal(aucOf.get(feature), 2)}</td>
    </tr>
  );
  return (
    <table aria-label={label} className="compact shortcut-table">
      <thead>
        <tr><th>Feature</th>{audit.classCounts.map((c) => <th key={c.classKey}>{c.classKey} (n = {c.count})</th>)}<th title="This feature alone: max(AUC, 1 − AUC)">AUC alone</th></tr>
      </thead>
      <tbody>
        {numeric.map((feature) => row(feature, NUMERIC_LABELS[feature]!, (profile) => {
          const s = audit.numeric.find((x) => x.classKey === profile.classKey && x.feature === feature);
          if (!s) return "–";
          const spread = s.min === s.max ? amount(feature, s.min) : `${amount(feature, s.median)} (${amount(feature, s.min)}–${amount(feature, s.max)})`;
          return feature === "jpegQuality" && s.count < profile.count ? `${spread}, ${s.count} JPEG` : spread;
        }))}
        {categorical.map((feature) => row(feature, feature === "colourMode" ? "Colour mode" : feature === "format" ? "Format" : `${feature.toUpperCase()} metadata`, (profile) =>
          audit.categories.filter((k) => k.classKey === profile.classKey && k.feature === feature).map((k) => `${k.value} ${k.count}`).join(" · ") || "–"))}
      </tbody>
    </table>
  );
}
