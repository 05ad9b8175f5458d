// Stores one split's evaluation; a rerun of the same run overwrites instead of duplicating.
import type { Db } from "@/server/db/client";
import type { SplitEvaluation } from "@/core/metrics/evaluate-predictions";

export async function saveEvaluation(db: Db, runId: string, split: "VALIDATION" | "TEST", fold: number, evaluation: SplitEvaluation) {
  const data = {
    sampleCount: evaluation.sampleCount,
    classKeys: evaluation.classKeys,
    confusionMatrix: evaluation.confusionMatrix,
    perClass: evaluation.perClass,
    accuracy: evaluation.accuracy,
    macroF1: evaluation.macroF1,
    rocAuc: evaluation.rocAuc,
    ece: evaluation.ece,
    calibration: evaluation.calibration,
  };
  await db.evaluationReport.upsert({
    where: { runId_split_fold: { runId, split, fold } },
    create: { runId, split, fold, ...data },
    update: data,
  });
}
