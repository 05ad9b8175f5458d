// Everything odd about a run that a manager should see before trusting its figures: epochs that
// saw the wrong number of samples or ran implausibly fast (the research's dry iterator), perfect
// training accuracy, overfitting, splits too small for the accuracy shown, duplicate leaks and,
// a model not shown to beat chance on the split it is judged on (then on any of the project's
// evaluation sets) and, first of all, classes whose files alone give them away (the shortcut audit).
import type { Db } from "@/server/db/client";
import { FINAL_MODEL_FOLD } from "@/core/metrics/model-fold";
import { auditInEffect, readSnapshotAudit } from "@/core/metrics/shortcut-audit";
import { shortcutWarnings } from "@/core/warnings/shortcut-warnings";
import { trainingWarnings } from "@/core/warnings/training-warnings";
import type { TrainingWarning } from "@/core/warnings/warning-types";
import type { EpochMetric, EvaluationReport } from "@/server/db/generated/client";
import { evaluationSetFigures, evaluationSetWarnings } from "./evaluation-set-figures";
import { evaluationSetLeaks, evaluationSetLeakWarnings } from "./evaluation-set-leaks";
import { judgedReport, reportVerdict } from "./report-chance-figures";

export async function runWarnings(db: Db, runId: string): Promise<TrainingWarning[]> {
  const run = await db.trainingRun.findUnique({
    where: { id: runId },
    include: {
      epochs: { where: { fold: FINAL_MODEL_FOLD }, orderBy: { epoch: "asc" } }, evaluations: { where: { fold: FINAL_MODEL_FOLD } },
      snapshot: { select: { shortcutAudit: true } },
    },
  });
  if (!run) return [];
  // The shortcut audit leads, from the moment the snapshot is taken: it says whether any figure
  // below could have been earned without looking at a painting.
  const shortcut = shortcutWarnings(auditInEffect(readSnapshotAudit(run.snapshot?.shortcutAudit)));
  return [...shortcut, ...(await figureWarnings(db, run))];
}

type RunWithFigures = { id: string; snapshotId: string | null; epochs: EpochMetric[]; evaluations: EvaluationReport[] };

async function figureWarnings(db: Db, run: RunWithFigures): Promise<TrainingWarning[]> {
  const test = run.evaluations.find((e) => e.split === "TEST");
  const validation = run.evaluations.find((e) => e.split === "VALIDATION");
  const splitSizes = run.snapshotId ? await countSplits(db, run.snapshotId) : { TEST: 0, VALIDATION: 0 };
  if (run.epochs.length === 0 && !test) return [];
  const judged = judgedReport(run.evaluations);
  const setReports = (await db.evaluationSetReport.findMany({ where: { runId: run.id }, orderBy: [{ setName: "asc" }, { id: "asc" }] })).map(evaluationSetFigures);
  const external = [
    ...evaluationSetWarnings(setReports),
    ...(run.snapshotId && setReports.length > 0 ? evaluationSetLeakWarnings(await evaluationSetLeaks(db, run.snapshotId), setReports) : []),
  ];
  const own = trainingWarnings({
    epochs: run.epochs,
    testSize: test?.sampleCount ?? splitSizes.TEST,
    validationSize: validation?.sampleCount ?? splitSizes.VALIDATION,
    testAccuracy: test?.accuracy ?? null,
    crossSplitDuplicates: run.snapshotId ? await countCrossSplitDuplicates(db, run.snapshotId) : 0,
    judged: judged && {
      name: judged.split === "TEST" ? "Test" : "Validation", classKeys: judged.classKeys as string[], verdict: reportVerdict(judged),
    },
  });
  // The run's own chance verdict stays first; the external sets' verdicts follow it.
  const firstOther = own.findIndex((w) => !w.code.startsWith("model/"));
  return firstOther < 0 ? [...own, ...external] : [...own.slice(0, firstOther), ...external, ...own.slice(firstOther)];
}

async function countSplits(db: Db, snapshotId: string) {
  const rows = await db.datasetItem.groupBy({ by: ["split"], where: { snapshotId }, _count: { _all: true } });
  const count = (split: string) => rows.find((row) => row.split === split)?._count._all ?? 0;
  return { TEST: count("TEST"), VALIDATION: count("VALIDATION") };
}

/** Near-duplicate pairs whose two paintings landed in different splits of the snapshot. */
export async function countCrossSplitDuplicates(db: Db, snapshotId: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*)::bigint AS count
    FROM "NearDuplicate" d
    JOIN "DatasetItem" a ON a."paintingId" = d."paintingAId" AND a."snapshotId" = ${snapshotId}
    JOIN "DatasetItem" b ON b."paintingId" = d."paintingBId" AND b."snapshotId" = ${snapshotId}
    WHERE a."split" <> b."split"`;
  return Number(rows[0]?.count ?? 0);
}
