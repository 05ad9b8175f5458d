// Stores one split's evaluation; a rerun of the same run overwrites instead of duplicating
// (update first, then create: Prisma's upsert cannot key on the final model's null fold).
import type { Db } from "@/server/db/client";
import type { SplitEvaluation } from "@/core/metrics/evaluate-predictions";
import type { ModelFold } from "@/core/metrics/model-fold";

export async function saveEvaluation(db: Db, runId: string, split: "VALIDATION" | "TEST", fold: ModelFold, evaluation: SplitEvaluation) {
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
  const { count } = await db.evaluationReport.updateMany({ where: { runId, split, fold }, data });
  if (count === 0) await db.evaluationReport.create({ data: { runId, split, fold, ...data } });
}
