// A run report as one long ("tidy") CSV table: one figure per row, with the columns that place it
// (section, split, fold, epoch, class, predicted class, calibration bin). One table sorts, filters
// and pivots in any spreadsheet, where several tables in one file would not.
import type { RunReport } from "@/server/services/runs/build-run-report";
import { isFinalModel, type ModelFold } from "@/core/metrics/model-fold";
import { toCsv, type CsvValue } from "./csv";
import { shortcutAuditRows } from "./shortcut-audit-csv";

export const RUN_REPORT_CSV_HEADER = ["section", "split", "fold", "epoch", "class", "predicted", "bin", "metric", "value"] as const;

export type Row = { section: string; split?: string; fold?: number | "final"; epoch?: number; cls?: string; predicted?: string; bin?: number; metric: string; value: CsvValue };

export function runReportCsv(report: RunReport): string {
  return toCsv(RUN_REPORT_CSV_HEADER, [...runRows(report), ...shortcutAuditRows(report.snapshot?.shortcutAudit ?? null), ...epochRows(report), ...evaluationRows(report), ...evaluationSetRows(report)].map((r) =>
    [r.section, r.split, r.fold, r.epoch, r.cls, r.predicted, r.bin, r.metric, r.value]));
}

function runRows({ run, project, snapshot, modelVersion, warnings, crossValidation, notBetterThanChance }: RunReport): Row[] {
  const rows: Row[] = [
    { section: "run", metric: "id", value: run.id },
    { section: "run", metric: "project", value: project.slug },
    { section: "run", metric: "notBetterThanChance", value: notBetterThanChance },
    ...(["status", "preset", "seed", "backend", "message", "error", "createdAt", "startedAt", "finishedAt"] as const).map((key) => ({ section: "run", metric: key, value: run[key] })),
    ...Object.entries((run.config ?? {}) as Record<string, unknown>).map(([key, value]) => ({ section: "config", metric: key, value: scalar(value) })),
  ];
  if (snapshot) {
    rows.push({ section: "snapshot", metric: "id", value: snapshot.id }, { section: "snapshot", metric: "itemCount", value: snapshot.itemCount },
      { section: "snapshot", metric: "contentHash", value: snapshot.contentHash });
    for (const [key, count] of Object.entries(snapshot.classCounts)) rows.push({ section: "snapshot", cls: key, metric: "items", value: count });
    for (const [split, count] of Object.entries(snapshot.splitCounts)) rows.push({ section: "snapshot", split, metric: "items", value: count });
  }
  if (modelVersion) rows.push({ section: "model", metric: "version", value: modelVersion.version });
  for (const warning of warnings) rows.push({ section: `warning:${warning.severity}`, epoch: warning.epoch, metric: warning.code, value: warning.message });
  if (crossValidation) {
    for (const [metric, value] of Object.entries(crossValidation)) rows.push({ section: "cross-validation", metric, value });
  }
  return rows;
}

const EPOCH_METRICS = ["trainLoss", "trainAccuracy", "valLoss", "valAccuracy", "wallSeconds", "samplesSeen", "expectedSamples", "imagesPerSecond", "learningRate"] as const;

function epochRows({ epochs }: RunReport): Row[] {
  return epochs.flatMap((e) => EPOCH_METRICS.map((metric) => ({ section: "epoch", fold: csvFold(e.fold), epoch: e.epoch, metric, value: e[metric] })));
}

function evaluationRows({ evaluations }: RunReport): Row[] {
  return evaluations.flatMap((r) => {
    const at = { section: "evaluation", split: r.split, fold: csvFold(r.fold) };
    return [
      ...(["sampleCount", "accuracy", "macroF1", "rocAuc", "ece"] as const).map((metric) => ({ ...at, metric, value: r[metric] })),
      { ...at, metric: "accuracyLower95", value: r.accuracyInterval?.lower },
      { ...at, metric: "accuracyUpper95", value: r.accuracyInterval?.upper },
      // The baseline sits beside the accuracy it qualifies, as on the run page.
      ...(["majorityClassRate", "majorityClassKey", "collapsedToClassKey", "notBetterThanChance"] as const).map((metric) => ({ ...at, metric, value: r[metric] })),
      { ...at, metric: "rocAucLower95", value: r.rocAucInterval?.lower },
      { ...at, metric: "rocAucUpper95", value: r.rocAucInterval?.upper },
      ...r.perClass.flatMap((c) => (["precision", "recall", "f1", "support"] as const).map((metric) => ({ ...at, cls: c.classKey, metric, value: c[metric] }))),
      ...r.confusionMatrix.flatMap((row, a) => row.map((count, p) => ({ ...at, section: "confusion", cls: r.classKeys[a], predicted: r.classKeys[p], metric: "count", value: count }))),
      ...r.calibration.flatMap((bin, i) => (["lower", "upper", "count", "confidence", "accuracy"] as const).map((metric) => ({ ...at, section: "calibration", bin: i, metric, value: bin[metric] }))),
    ];
  });
}

// Evaluation sets sit in the split column under their name, in sections of their own, so a filter
// on section "evaluation-set" lists every external figure of the run.
function evaluationSetRows({ evaluationSets }: RunReport): Row[] {
  return evaluationSets.flatMap((r) => {
    const at = { section: "evaluation-set", split: r.setName };
    return [
      ...(["sampleCount", "accuracy", "macroF1", "rocAuc", "ece"] as const).map((metric) => ({ ...at, metric, value: r[metric] })),
      { ...at, metric: "accuracyLower95", value: r.accuracyInterval?.lower },
      { ...at, metric: "accuracyUpper95", value: r.accuracyInterval?.upper },
      ...(["majorityClassRate", "majorityClassKey", "collapsedToClassKey", "notBetterThanChance", "singleClass", "wrongCount", "meanConfidenceWrong"] as const)
        .map((metric) => ({ ...at, metric, value: r[metric] })),
      { ...at, metric: "rocAucLower95", value: r.rocAucInterval?.lower },
      { ...at, metric: "rocAucUpper95", value: r.rocAucInterval?.upper },
      ...r.perClass.flatMap((c) => (["precision", "recall", "f1", "support"] as const).map((metric) => ({ ...at, cls: c.classKey, metric, value: c[metric] }))),
      ...r.confusionMatrix.flatMap((row, a) => row.map((count, p) => ({ ...at, section: "evaluation-set-confusion", cls: r.classKeys[a], predicted: r.classKeys[p], metric: "count", value: count }))),
    ];
  });
}

function scalar(value: unknown): CsvValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as CsvValue;
  return JSON.stringify(value);
}

// Spelled out: an empty cell would read as "no fold" in rows that have none (run, snapshot).
const csvFold = (fold: ModelFold): number | "final" => (isFinalModel(fold) ? "final" : fold);
