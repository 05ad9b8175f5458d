// Active learning: scores paintings with a trained model, then sends the uncertain unapproved
// ones and the confident contradictions of approved labels to people.
// - A full pass (after each run, or on a manager's demand) scores every painting, records an
//   ActiveLearningRound, and dismisses open model entries the new model no longer flags.
// - A pass over given paintings (new uploads) only adds: it classifies them and queues the ones
//   that need people, leaving the rest of the queue as the last full pass left it.
import type { Db } from "@/server/db/client";
import { applyReviewSelection } from "@/server/services/active-learning/apply-review-selection";
import { selectForReview } from "@/core/uncertainty/select-for-review";
import type { BlobStorage } from "@/server/storage/storage";
import { referenceTestIds } from "@/server/services/datasets/reference-test-ids";
import { argmax } from "@/core/metrics/argmax";
import { computeSaliencyMaps, paintingsNeedingSaliency } from "./compute-saliency-maps";
import { predictPaintings, type ScoredPaintings } from "./predict-paintings";

/** A prediction at least this confident that contradicts an approved label is worth a look. */
export const CONTRADICTION_CONFIDENCE = 0.9;

// Evaluation paintings are scored by each run on its own (worker/jobs/score-evaluation-sets.ts);
// sending them to review would put people's labels on a set meant to test the model blind.
const NOT_EVALUATION = { evaluationSetId: null } as const;

const PAINTING_FIELDS = { id: true, trainingKey: true, sha256: true, storageKey: true, status: true, approvedLabel: { select: { key: true } } } as const;

export async function scorePaintings(db: Db, storage: BlobStorage, { modelVersionId }: { modelVersionId: string }) {
  const modelVersion = await db.modelVersion.findUniqueOrThrow({ where: { id: modelVersionId }, include: { project: true } });
  const { project } = modelVersion;
  const previous = await db.activeLearningRound.findFirst({ where: { projectId: project.id }, orderBy: { createdAt: "desc" } });
  const round = await db.activeLearningRound.create({
    data: {
      projectId: project.id, modelVersionId, strategy: project.uncertaintyStrategy, threshold: project.uncertaintyThreshold,
      budget: project.labelingBudget, status: "RUNNING",
      resolvedSincePrevious: previous ? await db.review.count({ where: { painting: { projectId: project.id }, createdAt: { gt: previous.createdAt } } }) : 0,
    },
  });
  try {
    const paintings = await db.painting.findMany({ where: { projectId: project.id, ...NOT_EVALUATION }, select: PAINTING_FIELDS, orderBy: { id: "asc" } });
    const scored = await predictPaintings(db, storage, {
      modelVersion, strategy: project.uncertaintyStrategy, paintings,
      onProgress: (progress) => db.activeLearningRound.update({ where: { id: round.id }, data: { progress } }),
    });
    const { enqueued, removed } = await queueForPeople(db, project, modelVersionId, scored, { dismissStale: true });
    await computeSaliencyMaps(db, storage, { modelVersion, paintingIds: await paintingsNeedingSaliency(db, modelVersionId) });
    const testAccuracy = await fixedTestAccuracy(db, project.id, scored);
    return await db.activeLearningRound.update({
      where: { id: round.id },
      data: { status: "SUCCEEDED", progress: 1, scored: paintings.length, enqueued, removed, testAccuracy, finishedAt: new Date() },
    });
  } catch (error) {
    await db.activeLearningRound.update({ where: { id: round.id }, data: { status: "FAILED", finishedAt: new Date() } });
    throw error;
  }
}

/** Classifies new paintings (e.g. an upload) with the project's newest model. */
export async function scoreNewPaintings(db: Db, storage: BlobStorage, { projectId, paintingIds }: { projectId: string; paintingIds: string[] }) {
  const modelVersion = await db.modelVersion.findFirst({ where: { projectId }, orderBy: { version: "desc" }, include: { project: true } });
  if (!modelVersion) return { scored: 0, enqueued: 0 };
  const paintings = await db.painting.findMany({ where: { projectId, id: { in: paintingIds }, ...NOT_EVALUATION }, select: PAINTING_FIELDS, orderBy: { id: "asc" } });
  const scored = await predictPaintings(db, storage, { modelVersion, strategy: modelVersion.project.uncertaintyStrategy, paintings });
  const { enqueued } = await queueForPeople(db, modelVersion.project, modelVersion.id, scored, { dismissStale: false });
  await computeSaliencyMaps(db, storage, { modelVersion, paintingIds: await paintingsNeedingSaliency(db, modelVersion.id) });
  return { scored: paintings.length, enqueued };
}

/** Accuracy on the project's fixed test set (its first snapshot's test split), with the labels
 *  as approved now, so rounds are compared on the same paintings. */
async function fixedTestAccuracy(db: Db, projectId: string, scored: ScoredPaintings): Promise<number | null> {
  const reference = new Set(await referenceTestIds(db, projectId));
  const items = scored.approved.filter((item) => reference.has(item.paintingId) && item.approvedLabelIndex != null && item.approvedLabelIndex >= 0);
  if (items.length === 0) return null;
  return items.filter((item) => argmax(item.probabilities) === item.approvedLabelIndex).length / items.length;
}

type ProjectSettings = { id: string; uncertaintyThreshold: number; labelingBudget: number | null };

async function queueForPeople(db: Db, project: ProjectSettings, modelVersionId: string, scored: ScoredPaintings, { dismissStale }: { dismissStale: boolean }) {
  const unsure = selectForReview({
    items: scored.open, threshold: project.uncertaintyThreshold, budget: project.labelingBudget, contradictionConfidence: CONTRADICTION_CONFIDENCE,
  }).unsure;
  const disagrees = selectForReview({ items: scored.approved, budget: 0, contradictionConfidence: CONTRADICTION_CONFIDENCE }).disagrees;
  const uncertaintyOf = new Map([...scored.open, ...scored.approved].map((item) => [item.paintingId, item.uncertainty]));
  return applyReviewSelection(db, { projectId: project.id, modelVersionId, selection: { unsure, disagrees }, uncertaintyOf, dismissStale });
}
