// Optional k-fold cross-validation over train + validation (the test split is never touched):
// each fold trains a fresh network, and its epochs and its held-out fold's evaluation are stored
// as fold i, so the report can show the mean and spread across folds.
import { concatSplits, pickSplit, type SnapshotItems } from "@/worker/data/snapshot-items";
import { evaluatePredictions } from "@/core/metrics/evaluate-predictions";
import { saveEvaluation } from "@/worker/runs/save-evaluation";
import { predictSource } from "@/worker/train/evaluate-model";
import { fitVgg19, splitEvaluationSource, type FitContext } from "./fit-vgg19";

/** Returns true when the run was cancelled part-way. */
export async function crossValidate(context: FitContext, data: SnapshotItems, { progressShare }: { progressShare: number }): Promise<boolean> {
  const k = context.config.kFolds ?? 0;
  const pool = concatSplits(data.train, data.validation);
  for (let fold = 0; fold < k; fold++) {
    await context.tracker.update({ phase: `cross-validation fold ${fold + 1}/${k}` });
    const pick = (inFold: boolean) => pickSplit(pool, pool.folds.flatMap((f, i) => ((f === fold) === inFold ? [i] : [])));
    const heldOut = pick(true);
    const result = await fitVgg19(context, {
      fold,
      train: pick(false),
      validation: heldOut,
      progress: { start: 0.1 + (progressShare * fold) / k, share: progressShare / k },
    });
    try {
      if (result.stopReason === "cancelled") return true;
      const probabilities = await predictSource(result.model, splitEvaluationSource(context, heldOut));
      await saveEvaluation(context.db, context.runId, "VALIDATION", fold, evaluatePredictions(probabilities, heldOut.labels, context.classKeys));
    } finally {
      result.model.dispose();
    }
  }
  return false;
}
