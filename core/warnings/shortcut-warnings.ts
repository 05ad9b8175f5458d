// The audit as a run warning. It leads the run page: a model whose classes differ in their files
// can score well on every figure below it without having looked at a painting.
import type { ShortcutAudit } from "../metrics/shortcut-audit";
import type { TrainingWarning } from "./warning-types";

export function shortcutWarnings(audit: ShortcutAudit | null): TrainingWarning[] {
  return [...fileWarnings(audit), ...residualWarnings(audit)];
}

function fileWarnings(audit: ShortcutAudit | null): TrainingWarning[] {
  if (!audit?.warns || !audit.classifier) return [];
  const c = audit.classifier;
  const aucOf = new Map(audit.features.map((f) => [f.feature, f.auc]));
  const named = audit.flaggedFeatures.map((name) => `${name} (AUC ${dec(aucOf.get(name) ?? 0.5)})`).join(", ");
  const remedy = audit.basis === "normalised"
    ? "Even the normalised training copies still differ by class; the difference is in the paintings' files beyond format, size and quality (e.g. detail lost to a low-resolution source)."
    : "The model may learn the file, not the painting: turn on normalised training copies in the project's settings, or collect both classes the same way.";
  return [{
    code: "dataset/shortcut",
    severity: "error",
    message:
      `File features alone tell the classes apart: a metadata-only classifier reaches ROC AUC ${dec(c.auc)} ` +
      `(95% CI ${dec(c.lower)}–${dec(c.upper)}, ${c.folds}-fold, n = ${audit.sampleCount}; warning at ${dec(audit.threshold)}). ` +
      `Giveaways: ${named || "none alone"}. ${remedy}`,
  }];
}

// Normalising fixes the file; it cannot give back detail one class's uploads never had. Said as a
// warning of its own: the file no longer gives the class away, but the pixels still might.
function residualWarnings(audit: ShortcutAudit | null): TrainingWarning[] {
  const strongest = audit?.residual?.[0];
  if (!strongest?.flagged) return [];
  return [{
    code: "dataset/shortcut_residual",
    severity: "warning",
    message:
      `After normalising, the copies' compressed size still tells the classes apart (${strongest.feature} AUC ${dec(strongest.auc)}): ` +
      "one class's uploads hold less fine detail (lower resolution or heavier compression), which no resampling restores and the model can see. " +
      "Collect both classes at similar resolution and quality to remove it.",
  }];
}

const dec = (x: number) => x.toFixed(2);
