import type { RunReportFieldsFragment } from "../../graphql/generated";
import { accuracyWithInterval, decimal, decimalWithInterval, majorityBaseline, percent } from "../_lib/format";
import { isFinalModel } from "@/core/metrics/model-fold";
import { auditInEffect } from "./shortcut-audit-section";

type Run = RunReportFieldsFragment;

const ROWS: { label: string; value: (run: Run) => string }[] = [
  { label: "Test accuracy (n, 95% CI)", value: (r) => accuracyWithInterval(test(r)?.accuracy, test(r)?.sampleCount, test(r)?.accuracyInterval) },
  { label: "Test majority-class baseline", value: (r) => majorityBaseline(test(r)?.majorityClassRate, test(r)?.majorityClassKey) },
  { label: "Better than chance", value: (r) => (r.evaluations.length === 0 ? "–" : r.notBetterThanChance ? "NO: not better than chance" : "yes") },
  { label: "Test macro-F1", value: (r) => percent(test(r)?.macroF1) },
  { label: "Test ROC AUC (95% CI)", value: (r) => decimalWithInterval(test(r)?.rocAuc, test(r)?.rocAucInterval) },
  { label: "Test ECE", value: (r) => decimal(test(r)?.ece) },
  { label: "Validation accuracy (n, 95% CI)", value: (r) => { const v = final(r, "VALIDATION"); return accuracyWithInterval(v?.accuracy, v?.sampleCount, v?.accuracyInterval); } },
  { label: "Validation majority-class baseline", value: (r) => majorityBaseline(final(r, "VALIDATION")?.majorityClassRate, final(r, "VALIDATION")?.majorityClassKey) },
  { label: "Cross-validation accuracy (mean ± sd)", value: (r) => (r.crossValidation ? `${percent(r.crossValidation.accuracyMean)} ± ${percent(r.crossValidation.accuracyStd)}` : "–") },
  { label: "Cross-validation majority-class baseline (mean)", value: (r) => percent(r.crossValidation?.majorityClassRateMean) },
  { label: "Shortcut audit: file-only ROC AUC", value: shortcutVerdict },
  { label: "Training copies", value: (r) => (r.snapshot?.normalisedSide ? `normalised (${r.snapshot.normalisedSide} px, JPEG 90)` : r.snapshot ? "usual (224 px PNG)" : "–") },
  { label: "Epochs trained (final model)", value: (r) => String(finalEpochs(r).length) },
  { label: "Last validation loss", value: (r) => decimal(finalEpochs(r).at(-1)?.valLoss) },
  { label: "Dataset items", value: (r) => String(r.snapshot?.itemCount ?? "–") },
  { label: "Dataset content hash", value: (r) => r.snapshot?.contentHash.slice(0, 12) ?? "–" },
  { label: "Warnings (errors)", value: (r) => `${r.warnings.length} (${r.warnings.filter((w) => w.severity === "error").length})` },
];

export function CompareMetrics({ a, b }: { a: Run; b: Run }) {
  return (
    <table aria-label="Key metrics" className="compact">
      <thead><tr><th>Metric</th><th>A</th><th>B</th></tr></thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label}><th scope="row">{row.label}</th><td>{row.value(a)}</td><td>{row.value(b)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

// The audit of what the model saw (normalised copies when it trained on them).
function shortcutVerdict(run: Run): string {
  const audit = auditInEffect(run.shortcutAudits);
  if (!audit?.classifier) return "–";
  return `${decimal(audit.classifier.auc, 2)}${audit.warns ? `: SHORTCUT (${audit.flaggedFeatures.join(", ")})` : ""}`;
}

const final = (run: Run, split: string) => run.evaluations.find((e) => isFinalModel(e.fold) && e.split === split);
const test = (run: Run) => final(run, "TEST");
const finalEpochs = (run: Run) => run.epochs.filter((e) => isFinalModel(e.fold));
