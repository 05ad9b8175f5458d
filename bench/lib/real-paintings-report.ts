// Figures of a finished bench run, read back from what the product stored: the test split's
// evaluation, the per-epoch rows and the snapshot's near-duplicate groups.
import type { Db } from "@/server/db/client";
import { accuracyInterval } from "@/core/metrics/accuracy-interval";
import { FOLD_ORDER, isFinalModel } from "@/core/metrics/model-fold";
import { aucInterval, majorityBaseline } from "@/core/metrics/auc-interval";

const pct = (v: number) => (v * 100).toFixed(1);
const range = (estimate: number, lower: number, upper: number, digits = 3) =>
  `${estimate.toFixed(digits)} [95% CI ${lower.toFixed(digits)}-${upper.toFixed(digits)}]`;

/** Near-duplicate links, their groups, and whether any group was split across train/validation/test. */
export async function nearDuplicateLines(db: Db, snapshotId: string): Promise<string[]> {
  const items = await db.datasetItem.findMany({ where: { snapshotId }, select: { groupKey: true, split: true, paintingId: true } });
  const groups = new Map<string, Set<string>>();
  const sizes = new Map<string, number>();
  for (const item of items) {
    groups.set(item.groupKey, (groups.get(item.groupKey) ?? new Set()).add(item.split));
    sizes.set(item.groupKey, (sizes.get(item.groupKey) ?? 0) + 1);
  }
  const multi = [...sizes.values()].filter((n) => n > 1);
  const straddling = [...groups.values()].filter((splits) => splits.size > 1).length;
  const pairs = await db.nearDuplicate.count();
  return [
    `near-duplicates: ${pairs} linked pairs; ${multi.length} groups of 2+ holding ${multi.reduce((a, b) => a + b, 0)} paintings ` +
      `(largest ${Math.max(0, ...multi)}); groups spanning more than one split: ${straddling}`,
  ];
}

export async function runReportLines(db: Db, runId: string): Promise<string[]> {
  const run = await db.trainingRun.findUniqueOrThrow({ where: { id: runId }, include: { epochs: { orderBy: [{ fold: FOLD_ORDER }, { epoch: "asc" }] }, evaluations: true } });
  const lines = [`status ${run.status}: ${run.message ?? run.error ?? ""}`, `backend: ${run.backend}`, `config: ${JSON.stringify(run.config)}`];
  lines.push("epoch  train-loss  train-acc  val-loss  val-acc  seen/expected  wall-s  images/s");
  for (const e of run.epochs) {
    lines.push(
      `${String(e.epoch).padStart(5)}  ${e.trainLoss.toFixed(4).padStart(10)}  ${pct(e.trainAccuracy).padStart(9)}  ${(e.valLoss ?? NaN).toFixed(4).padStart(8)}  ` +
        `${pct(e.valAccuracy ?? NaN).padStart(7)}  ${`${e.samplesSeen}/${e.expectedSamples}`.padStart(13)}  ${e.wallSeconds.toFixed(1).padStart(6)}  ${e.imagesPerSecond.toFixed(1).padStart(8)}`,
    );
  }
  const trainSeconds = run.epochs.reduce((t, e) => t + e.wallSeconds, 0);
  lines.push(`training wall time (epochs incl. validation): ${(trainSeconds / 60).toFixed(1)} min over ${run.epochs.length} epochs`);
  for (const split of ["VALIDATION", "TEST"] as const) {
    const evaluation = run.evaluations.find((e) => e.split === split && isFinalModel(e.fold));
    if (!evaluation) continue;
    const matrix = evaluation.confusionMatrix as number[][];
    const classKeys = evaluation.classKeys as string[];
    const actual = matrix.flatMap((row, i) => row.map(() => i).flatMap((c, j) => Array<number>(row[j]!).fill(c)));
    const correct = matrix.reduce((t, row, i) => t + row[i]!, 0);
    const acc = accuracyInterval(correct, evaluation.sampleCount)!;
    const baseline = majorityBaseline(actual)!;
    const rows = matrix.map((row) => row.reduce((a, b) => a + b, 0));
    const auc = evaluation.rocAuc === null ? null : aucInterval(evaluation.rocAuc, rows[1]!, rows[0]!);
    lines.push(
      `${split} (n=${evaluation.sampleCount}: ${classKeys.map((k, i) => `${k} ${rows[i]}`).join(", ")}): ` +
        `ROC AUC ${auc ? range(auc.estimate, auc.lower, auc.upper) : "n/a"} (Hanley-McNeil); ` +
        `accuracy ${range(acc.estimate, acc.lower, acc.upper)} (Wilson); majority baseline ${baseline.accuracy.toFixed(3)} (${classKeys[baseline.classIndex]}); ` +
        `confusion ${JSON.stringify(matrix)}`,
    );
  }
  return lines;
}
