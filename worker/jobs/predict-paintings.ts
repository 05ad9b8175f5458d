// The predict path: loads a model version from storage, classifies paintings from their training
// derivatives (streamed a batch at a time, seen as its run saw validation: the grid of windows,
// averaged), and stores each painting's class probabilities against that version.
import * as tf from "@tensorflow/tfjs";
import type { Db } from "@/server/db/client";
import type { ModelVersion, PaintingStatus, UncertaintyStrategy } from "@/server/db/generated/client";
import type { ScoredItem } from "@/core/uncertainty/select-for-review";
import { uncertainty } from "@/core/uncertainty/uncertainty";
import type { BlobStorage } from "@/server/storage/storage";
import { selectBackend } from "@/worker/backend/select-backend";
import { argmax } from "@/core/metrics/argmax";
import { ensureNormalisedCopy, type NormalisablePainting } from "@/worker/data/normalised-copies";
import { storageHandler } from "@/worker/model/storage-io";
import { predictSource } from "@/worker/train/evaluate-model";
import { evaluationSource } from "@/worker/train/stored-image-source";

const BATCH = 32;

type PaintingToScore = NormalisablePainting & { id: string; trainingKey: string; status: PaintingStatus; approvedLabel: { key: string } | null };
export type ScoredPaintings = { open: ScoredItem[]; approved: ScoredItem[] };

export async function predictPaintings(
  db: Db,
  storage: BlobStorage,
  { modelVersion, strategy, paintings, onProgress }: {
    modelVersion: ModelVersion; strategy: UncertaintyStrategy; paintings: PaintingToScore[]; onProgress?: (share: number) => Promise<unknown>;
  },
): Promise<ScoredPaintings> {
  const classKeys = modelVersion.classKeys as string[];
  await selectBackend();
  const model = await tf.loadLayersModel(storageHandler(storage, (file) => modelVersion.artifactKey.replace(/model\.json$/, file)));
  // Models from before windows were cut have no decodeSize: they saw the image shrunk to inputSize.
  const run = await db.trainingRun.findUnique({ where: { id: modelVersion.runId }, select: { config: true, snapshot: { select: { normalisedSide: true } } } });
  // A model trained on normalised copies is shown the same kind of copy of every painting it scores.
  const side = run?.snapshot?.normalisedSide ?? null;
  const read = (painting: PaintingToScore) => (side ? ensureNormalisedCopy(storage, painting, side) : storage.get(painting.trainingKey));
  const stored = (run?.config ?? {}) as { decodeSize?: unknown };
  const view = { inputSize: modelVersion.inputSize, decodeSize: typeof stored.decodeSize === "number" ? stored.decodeSize : modelVersion.inputSize };
  const scored: ScoredPaintings = { open: [], approved: [] };
  try {
    for (let start = 0; start < paintings.length; start += BATCH) {
      const batch = paintings.slice(start, start + BATCH);
      const source = evaluationSource({ read: (i) => read(batch[i]!), labels: batch.map(() => 0), numClasses: classKeys.length }, view);
      const probabilities = await predictSource(model, source, { batchSize: BATCH });
      for (const [i, painting] of batch.entries()) {
        const p = probabilities[i]!;
        const top = argmax(p);
        const item: ScoredItem = { paintingId: painting.id, probabilities: p, uncertainty: uncertainty(strategy, p) };
        const row = {
          probabilities: Object.fromEntries(classKeys.map((key, k) => [key, p[k]!])),
          predictedKey: classKeys[top]!, confidence: p[top]!, uncertainty: item.uncertainty,
        };
        await db.prediction.upsert({
          where: { paintingId_modelVersionId: { paintingId: painting.id, modelVersionId: modelVersion.id } },
          create: { paintingId: painting.id, modelVersionId: modelVersion.id, ...row },
          update: row,
        });
        if (painting.status === "APPROVED" && painting.approvedLabel) {
          scored.approved.push({ ...item, approvedLabelIndex: classKeys.indexOf(painting.approvedLabel.key) });
        } else {
          scored.open.push(item);
        }
      }
      await onProgress?.(Math.min(1, (start + batch.length) / paintings.length));
    }
  } finally {
    model.dispose();
  }
  return scored;
}
