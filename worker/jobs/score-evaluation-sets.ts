// After the final model of a run is trained: scores it on every evaluation set of the project
// (paintings from other sources, never in any split), through the same predict path as the test
// split, and stores each set's figures. This is the figure that says whether 0.96 on a model's
// own split holds up on paintings it has never seen the like of.
import type * as tf from "@tensorflow/tfjs";
import type { Db } from "@/server/db/client";
import type { SnapshotSplit } from "@/worker/data/snapshot-items";
import { confidenceWhenWrong } from "@/core/metrics/confidence-when-wrong";
import { evaluatePredictions } from "@/core/metrics/evaluate-predictions";
import { predictSource } from "@/worker/train/evaluate-model";
import { splitEvaluationSource, type FitContext } from "./fit-vgg19";

type ScoreContext = Pick<FitContext, "db" | "storage" | "view" | "classKeys">;

/** Returns how many sets were scored (empty sets and sets whose truth has no class of the model are not). */
export async function scoreEvaluationSets(context: ScoreContext, model: tf.LayersModel, { runId, projectId }: { runId: string; projectId: string }) {
  const { db, classKeys } = context;
  const sets = await db.evaluationSet.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
  let scored = 0;
  for (const set of sets) {
    const split = await evaluationSplit(db, set.id, classKeys);
    if (split.ids.length === 0) continue;
    const probabilities = await predictSource(model, splitEvaluationSource(context, split));
    const evaluation = evaluatePredictions(probabilities, split.labels, classKeys);
    const { meanConfidence } = confidenceWhenWrong(probabilities, split.labels);
    const data = {
      setName: set.name, sampleCount: evaluation.sampleCount, classKeys: evaluation.classKeys, confusionMatrix: evaluation.confusionMatrix,
      perClass: evaluation.perClass, accuracy: evaluation.accuracy, macroF1: evaluation.macroF1, rocAuc: evaluation.rocAuc,
      ece: evaluation.ece, calibration: evaluation.calibration, meanConfidenceWrong: meanConfidence,
    };
    await db.evaluationSetReport.upsert({
      where: { runId_evaluationSetId: { runId, evaluationSetId: set.id } },
      create: { runId, evaluationSetId: set.id, ...data },
      update: data,
    });
    scored += 1;
  }
  return scored;
}

/** The set's paintings with their import-time truth, as a split the predict path reads. */
async function evaluationSplit(db: Db, evaluationSetId: string, classKeys: string[]): Promise<SnapshotSplit> {
  const paintings = await db.painting.findMany({
    where: { evaluationSetId, evaluationLabelId: { not: null } },
    select: { id: true, trainingKey: true, evaluationLabel: { select: { key: true } } },
    orderBy: { id: "asc" },
  });
  const known = paintings.filter((p) => classKeys.includes(p.evaluationLabel!.key));
  return {
    ids: known.map((p) => p.id),
    keys: known.map((p) => p.trainingKey),
    labels: known.map((p) => classKeys.indexOf(p.evaluationLabel!.key)),
    folds: known.map(() => null),
  };
}
