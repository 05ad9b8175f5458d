// The train job: snapshot the approved labels, train VGG19 on the training derivatives streamed
// from storage (optionally k-fold first), evaluate on validation and test, store every figure
// and the model; then score the final model on the project's evaluation sets (never in a split).
import * as tf from "@tensorflow/tfjs";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { parseTrainingConfig } from "@/server/services/runs/training-config";
import { selectBackend } from "@/worker/backend/select-backend";
import { auditSnapshotShortcuts } from "@/worker/data/audit-snapshot-shortcuts";
import { snapshotDataset } from "@/worker/data/snapshot-dataset";
import { listSnapshotItems } from "@/worker/data/snapshot-items";
import { evaluatePredictions } from "@/core/metrics/evaluate-predictions";
import { FINAL_MODEL_FOLD } from "@/core/metrics/model-fold";
import { trackRun } from "@/worker/runs/run-tracker";
import { saveEvaluation } from "@/worker/runs/save-evaluation";
import { saveModelVersion } from "@/worker/runs/save-model-version";
import { predictSource } from "@/worker/train/evaluate-model";
import { crossValidate } from "./cross-validate";
import { scoreEvaluationSets } from "./score-evaluation-sets";
import { fitVgg19, splitEvaluationSource, viewSize, type FitContext } from "./fit-vgg19";

export type TrainRunResult = { status: "SUCCEEDED" | "CANCELLED" | "FAILED" | "SKIPPED"; modelVersionId?: string };

export async function trainRun(db: Db, storage: BlobStorage, { runId, workerId }: { runId: string; workerId: string }): Promise<TrainRunResult> {
  // Only a QUEUED run is taken, so a job delivered twice never trains twice.
  const claimed = await db.trainingRun.updateMany({
    where: { id: runId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), heartbeatAt: new Date(), workerId, attempt: { increment: 1 }, phase: "starting", progress: 0 },
  });
  if (claimed.count === 0) return { status: "SKIPPED" };
  const tracker = trackRun(db, runId, workerId);
  try {
    const run = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    const config = parseTrainingConfig(run.config as Record<string, unknown>);
    // Runs queued before a default changed store the values they will really use.
    await db.trainingRun.update({ where: { id: runId }, data: { config } });
    const backend = await selectBackend(config.backend === "auto" ? undefined : config.backend);
    await tracker.update({ backend: `${backend.name}${backend.threads ? ` (${backend.threads} threads)` : ""}: ${backend.notes}`, phase: "snapshot" });

    const snapshotId = run.snapshotId ?? (await snapshotDataset(db, { projectId: run.projectId, seed: config.seed, kFolds: config.kFolds })).id;
    await db.trainingRun.update({ where: { id: runId }, data: { snapshotId } });
    // Before training: it also makes the normalised copies when the project asks for them.
    await auditSnapshotShortcuts(db, storage, snapshotId);
    const data = await listSnapshotItems(db, { snapshotId });
    const context: FitContext = { db, storage, runId, config, tracker, view: viewSize(config), classKeys: data.classKeys };

    const trainings = (config.kFolds ?? 0) + 1;
    if (config.kFolds) {
      const cancelled = await crossValidate(context, data, { progressShare: (0.85 * config.kFolds) / trainings });
      if (cancelled) return await finish(db, runId, "CANCELLED", "Cancelled during cross-validation.");
    }
    await tracker.update({ phase: "training" });
    const final = await fitVgg19(context, {
      fold: FINAL_MODEL_FOLD,
      train: data.train,
      validation: data.validation,
      progress: { start: 0.1 + (0.85 * (trainings - 1)) / trainings, share: 0.85 / trainings },
    });
    try {
      if (final.stopReason === "cancelled") return await finish(db, runId, "CANCELLED", "Cancelled by a manager.");
      await tracker.update({ phase: "evaluating", progress: 0.96 });
      for (const [split, loaded] of [["VALIDATION", data.validation], ["TEST", data.test]] as const) {
        if (loaded.ids.length === 0) continue;
        const probabilities = await predictSource(final.model, splitEvaluationSource(context, loaded));
        await saveEvaluation(db, runId, split, FINAL_MODEL_FOLD, evaluatePredictions(probabilities, loaded.labels, data.classKeys));
      }
      await tracker.update({ phase: "evaluation sets", progress: 0.98 });
      await scoreEvaluationSets(context, final.model, { runId, projectId: run.projectId });
      const modelVersion = await saveModelVersion(db, storage, final.model, {
        projectId: run.projectId, runId, classKeys: data.classKeys, inputSize: context.view.inputSize, preset: config.preset,
      });
      const summary = `${final.epochs} epochs (${final.stopReason}); best validation loss at epoch ${final.bestEpoch ?? "-"}.`;
      await finish(db, runId, "SUCCEEDED", summary);
      return { status: "SUCCEEDED", modelVersionId: modelVersion.id };
    } finally {
      final.model.dispose();
    }
  } catch (error) {
    await finish(db, runId, "FAILED", null, error instanceof Error ? error.message : String(error));
    return { status: "FAILED" };
  } finally {
    tracker.stop();
    tf.disposeVariables();
  }
}

async function finish(db: Db, runId: string, status: "SUCCEEDED" | "CANCELLED" | "FAILED", message: string | null, error?: string) {
  await db.trainingRun.update({
    where: { id: runId },
    data: { status, phase: status.toLowerCase(), finishedAt: new Date(), message, error: error ?? null, progress: status === "SUCCEEDED" ? 1 : undefined },
  });
  return { status } as const;
}
