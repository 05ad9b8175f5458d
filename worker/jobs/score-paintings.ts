// Scores the project's paintings with a trained model (active learning): stores every
// painting's class probabilities against the model version, then sends the uncertain unapproved
// ones and the confident contradictions of approved labels to people. One ActiveLearningRound
// row records what the pass did.
import * as tf from "@tensorflow/tfjs";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { decodeTrainingImage } from "@/server/images/training-tensor-input";
import { applyReviewSelection } from "@/server/services/active-learning/apply-review-selection";
import { selectForReview, type ScoredItem } from "@/server/services/active-learning/stats/select-for-review";
import { uncertainty } from "@/server/services/active-learning/stats/uncertainty";
import { selectBackend } from "@/worker/backend/select-backend";
import { storageHandler } from "@/worker/model/storage-io";
import { predictAll } from "@/worker/train/split-source";

const BATCH = 32;
/** A prediction at least this confident that contradicts an approved label is worth a look. */
export const CONTRADICTION_CONFIDENCE = 0.9;

export async function scorePaintings(db: Db, storage: BlobStorage, { modelVersionId }: { modelVersionId: string }) {
  const modelVersion = await db.modelVersion.findUniqueOrThrow({ where: { id: modelVersionId }, include: { project: true } });
  const { project } = modelVersion;
  const classKeys = modelVersion.classKeys as string[];
  const testReport = await db.evaluationReport.findFirst({ where: { runId: modelVersion.runId, split: "TEST", fold: -1 } });
  const previous = await db.activeLearningRound.findFirst({ where: { projectId: project.id }, orderBy: { createdAt: "desc" } });
  const round = await db.activeLearningRound.create({
    data: {
      projectId: project.id, modelVersionId, strategy: project.uncertaintyStrategy, threshold: project.uncertaintyThreshold,
      budget: project.labelingBudget, status: "RUNNING", testAccuracy: testReport?.accuracy ?? null,
      resolvedSincePrevious: previous ? await db.review.count({ where: { painting: { projectId: project.id }, createdAt: { gt: previous.createdAt } } }) : 0,
    },
  });
  try {
    await selectBackend();
    const model = await tf.loadLayersModel(storageHandler(storage, (file) => modelVersion.artifactKey.replace(/model\.json$/, file)));
    const paintings = await db.painting.findMany({
      where: { projectId: project.id },
      select: { id: true, trainingKey: true, status: true, approvedLabel: { select: { key: true } } },
      orderBy: { id: "asc" },
    });
    const scored: ScoredItem[] = [];
    const approvedItems: ScoredItem[] = [];
    for (let start = 0; start < paintings.length; start += BATCH) {
      const batch = paintings.slice(start, start + BATCH);
      const images = await Promise.all(batch.map(async (p) => decodeTrainingImage(await storage.get(p.trainingKey), { size: modelVersion.inputSize })));
      const probabilities = await predictAll(model, images, modelVersion.inputSize, BATCH);
      for (const [i, painting] of batch.entries()) {
        const p = probabilities[i]!;
        const top = p.indexOf(Math.max(...p));
        const item: ScoredItem = { paintingId: painting.id, probabilities: p, uncertainty: uncertainty(project.uncertaintyStrategy, p) };
        const row = {
          probabilities: Object.fromEntries(classKeys.map((key, k) => [key, p[k]!])),
          predictedKey: classKeys[top]!, confidence: p[top]!, uncertainty: item.uncertainty,
        };
        await db.prediction.upsert({
          where: { paintingId_modelVersionId: { paintingId: painting.id, modelVersionId } },
          create: { paintingId: painting.id, modelVersionId, ...row },
          update: row,
        });
        if (painting.status === "APPROVED" && painting.approvedLabel) {
          approvedItems.push({ ...item, approvedLabelIndex: classKeys.indexOf(painting.approvedLabel.key) });
        } else {
          scored.push(item);
        }
      }
      await db.activeLearningRound.update({ where: { id: round.id }, data: { progress: Math.min(1, (start + batch.length) / paintings.length) } });
    }
    model.dispose();
    const unsure = selectForReview({ items: scored, threshold: project.uncertaintyThreshold, budget: project.labelingBudget, contradictionConfidence: CONTRADICTION_CONFIDENCE }).unsure;
    const disagrees = selectForReview({ items: approvedItems, budget: 0, contradictionConfidence: CONTRADICTION_CONFIDENCE }).disagrees;
    const uncertaintyOf = new Map([...scored, ...approvedItems].map((item) => [item.paintingId, item.uncertainty]));
    const { enqueued, removed } = await applyReviewSelection(db, { projectId: project.id, modelVersionId, selection: { unsure, disagrees }, uncertaintyOf });
    return await db.activeLearningRound.update({
      where: { id: round.id },
      data: { status: "SUCCEEDED", progress: 1, scored: paintings.length, enqueued, removed, finishedAt: new Date() },
    });
  } catch (error) {
    await db.activeLearningRound.update({ where: { id: round.id }, data: { status: "FAILED", finishedAt: new Date() } });
    throw error;
  }
}
