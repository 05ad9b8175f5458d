// Optional k-fold cross-validation over train + validation (the test split is never touched):
// each fold trains a fresh network, its epochs are stored as fold i+1 and its held-out fold's
// evaluation as fold i, so the report can show the mean and spread across folds.
import type { LoadedSnapshot } from "@/worker/data/load-snapshot-images";
import { evaluatePredictions } from "@/worker/metrics/evaluate-predictions";
import { saveEvaluation } from "@/worker/runs/save-evaluation";
import { predictAll } from "@/worker/train/split-source";
import { fitVgg19, type FitContext } from "./fit-vgg19";

/** Returns true when the run was cancelled part-way. */
export async function crossValidate(context: FitContext, data: LoadedSnapshot, { progressShare }: { progressShare: number }): Promise<boolean> {
  const k = context.config.kFolds ?? 0;
  const pool = {
    images: [...data.train.images, ...data.validation.images],
    labels: [...data.train.labels, ...data.validation.labels],
    folds: [...data.train.folds, ...data.validation.folds],
  };
  for (let fold = 0; fold < k; fold++) {
    await context.tracker.update({ phase: `cross-validation fold ${fold + 1}/${k}` });
    const pick = (inFold: boolean) => {
      const indices = pool.folds.flatMap((f, i) => ((f === fold) === inFold ? [i] : []));
      return { images: indices.map((i) => pool.images[i]!), labels: indices.map((i) => pool.labels[i]!) };
    };
    const heldOut = pick(true);
    const result = await fitVgg19(context, {
      fold: fold + 1,
      train: pick(false),
      validation: heldOut,
      progress: { start: 0.1 + (progressShare * fold) / k, share: progressShare / k },
    });
    try {
      if (result.stopReason === "cancelled") return true;
      const probabilities = await predictAll(result.model, heldOut.images, context.inputSize);
      await saveEvaluation(context.db, context.runId, "VALIDATION", fold, evaluatePredictions(probabilities, heldOut.labels, context.classKeys));
    } finally {
      result.model.dispose();
    }
  }
  return false;
}
