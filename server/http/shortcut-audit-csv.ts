// The shortcut audit's rows in the run report's tidy CSV: section "shortcut:originals" or
// "shortcut:normalised"; the classifier's figures, each feature's single-feature AUC, and the
// per-class distributions (class column set; a category value goes in `predicted`, the one free
// text column, so each count stays one figure per row).
import type { SnapshotShortcutAudit, ShortcutAudit } from "@/core/metrics/shortcut-audit";
import type { Row } from "./run-report-csv";

export function shortcutAuditRows(audit: SnapshotShortcutAudit | null): Row[] {
  if (!audit) return [];
  return [
    ...rowsOf(audit.originals),
    ...(audit.normalised ? rowsOf(audit.normalised) : []),
    { section: "shortcut", metric: "normalisedSide", value: audit.normalisedSide },
    { section: "shortcut", metric: "unreadable", value: audit.unreadable },
  ];
}

function rowsOf(audit: ShortcutAudit): Row[] {
  const section = `shortcut:${audit.basis}`;
  const c = audit.classifier;
  return [
    { section, metric: "warns", value: audit.warns },
    { section, metric: "sampleCount", value: audit.sampleCount },
    { section, metric: "classifierAuc", value: c?.auc ?? null },
    { section, metric: "classifierAucLower95", value: c?.lower ?? null },
    { section, metric: "classifierAucUpper95", value: c?.upper ?? null },
    { section, metric: "folds", value: c?.folds ?? null },
    { section, metric: "flaggedFeatures", value: audit.flaggedFeatures.join(" ") },
    ...audit.features.map((f) => ({ section, metric: `featureAuc:${f.feature}`, value: f.auc })),
    ...audit.classes.flatMap((profile) => [
      { section, cls: profile.classKey, metric: "count", value: profile.count },
      ...profile.numeric.flatMap((s) => (["min", "median", "max", "mean"] as const).map((stat) => ({ section, cls: profile.classKey, metric: `${s.feature}:${stat}`, value: s[stat] }))),
      ...profile.categories.map((k) => ({ section, cls: profile.classKey, predicted: k.value, metric: `${k.feature}:count`, value: k.count })),
    ]),
  ];
}
