// Everything a run's report shows, as one plain object: what the JSON export writes and what the
// CSV export flattens. Null when there is no such run.
import type { Db } from "@/server/db/client";
import { summarizeFolds } from "@/core/metrics/fold-summary";
import { FOLD_ORDER } from "@/core/metrics/model-fold";
import { readSnapshotAudit } from "@/core/metrics/shortcut-audit";
import { evaluationSetFigures } from "./evaluation-set-figures";
import { reportAccuracyInterval } from "./report-accuracy-interval";
import { reportChanceFigures, runNotBetterThanChance } from "./report-chance-figures";
import { runWarnings } from "./run-warnings";
import { snapshotSplitCounts } from "./snapshot-split-counts";

export type RunReport = NonNullable<Awaited<ReturnType<typeof buildRunReport>>>;

export type ReportCalibrationBin = { lower: number; upper: number; count: number; confidence: number | null; accuracy: number | null };
export type ReportClassMetrics = { classKey: string; precision: number; recall: number; f1: number; support: number };

export async function buildRunReport(db: Db, runId: string) {
  const run = await db.trainingRun.findUnique({
    where: { id: runId },
    include: {
      project: { select: { id: true, slug: true, name: true } },
      snapshot: true,
      modelVersion: true,
      epochs: { orderBy: [{ fold: FOLD_ORDER }, { epoch: "asc" }] },
      evaluations: { orderBy: [{ fold: FOLD_ORDER }, { split: "asc" }] },
      evaluationSetReports: { orderBy: [{ setName: "asc" }, { id: "asc" }] },
    },
  });
  if (!run) return null;
  const { snapshot, modelVersion, epochs, evaluations } = run;
  return {
    exportedAt: new Date().toISOString(),
    run: {
      id: run.id, status: run.status, preset: run.preset, seed: run.seed, backend: run.backend, config: run.config,
      phase: run.phase, progress: run.progress, message: run.message, error: run.error,
      createdAt: run.createdAt, startedAt: run.startedAt, finishedAt: run.finishedAt,
    },
    project: run.project,
    snapshot: snapshot && {
      id: snapshot.id, seed: snapshot.seed, itemCount: snapshot.itemCount, classCounts: snapshot.classCounts as Record<string, number>,
      splitCounts: await snapshotSplitCounts(db, snapshot.id), contentHash: snapshot.contentHash, createdAt: snapshot.createdAt,
      normalisedSide: snapshot.normalisedSide,
      /** Per-class file features and the metadata-only classifier (core/metrics/shortcut-audit.ts); null before the audit. */
      shortcutAudit: readSnapshotAudit(snapshot.shortcutAudit),
    },
    modelVersion: modelVersion && { id: modelVersion.id, version: modelVersion.version, classKeys: modelVersion.classKeys as string[], inputSize: modelVersion.inputSize },
    /** The chance rule on the judged split (test, else validation); see core/metrics/chance-verdict.ts. */
    notBetterThanChance: runNotBetterThanChance(evaluations),
    warnings: await runWarnings(db, run.id),
    epochs: epochs.map(({ id: _id, runId: _run, createdAt: _at, ...epoch }) => epoch),
    evaluations: evaluations.map((report) => ({
      split: report.split,
      fold: report.fold,
      sampleCount: report.sampleCount,
      classKeys: report.classKeys as string[],
      confusionMatrix: report.confusionMatrix as number[][],
      perClass: report.perClass as ReportClassMetrics[],
      accuracy: report.accuracy,
      accuracyInterval: reportAccuracyInterval(report),
      ...reportChanceFigures(report),
      macroF1: report.macroF1,
      rocAuc: report.rocAuc,
      ece: report.ece,
      calibration: (report.calibration as ReportCalibrationBin[] | null) ?? [],
    })),
    /** The final model on each of the project's evaluation sets (paintings never in any split). */
    evaluationSets: run.evaluationSetReports.map(evaluationSetFigures),
    crossValidation: summarizeFolds(evaluations.filter((report) => report.split === "VALIDATION")),
  };
}
