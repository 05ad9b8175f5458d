// The paintings behind one confusion-matrix cell: the run's snapshot items of a split whose
// snapshot label is `actualKey`, which the run's model version predicted as `predictedKey`.
// Predictions come from the model scoring the project (after training, or "score now"), so a
// run whose model has not scored yet gets an empty list and a sentence saying why.
import type { Db } from "@/server/db/client";
import type { DatasetSplit } from "@/server/db/generated/enums";
import { AppError, notFound } from "@/server/errors";

export const MAX_CELL_PAINTINGS = 500;

type CellInput = { runId: string; split: DatasetSplit; actualKey: string; predictedKey: string; first?: number | null };

export async function listConfusionCellPaintings(db: Db, { runId, split, actualKey, predictedKey, first }: CellInput) {
  const run = await db.trainingRun.findUnique({ where: { id: runId }, include: { modelVersion: true, project: { include: { labelClasses: true } } } });
  if (!run) throw notFound("run/not_found", "training run", runId);
  const keys = run.project.labelClasses.map((c) => c.key);
  for (const key of [actualKey, predictedKey]) {
    if (!keys.includes(key)) throw new AppError("BAD_USER_INPUT", `"${key}" is not a class of this project (${keys.join(", ")}).`);
  }
  const take = Math.min(Math.max(first ?? 100, 1), MAX_CELL_PAINTINGS);
  const empty = (explanation: string) => ({ modelVersion: run.modelVersion, total: 0, unscored: 0, paintings: [], explanation });
  if (!run.snapshotId) return empty("This run has not frozen its dataset yet, so it has no split to look in.");
  const modelVersion = run.modelVersion;
  if (!modelVersion) return empty(`This run has no trained model (it is ${run.status.toLowerCase()}), so there are no predictions to list.`);

  const inCell = { snapshotId: run.snapshotId, split, labelClass: { key: actualKey } };
  const where = { modelVersionId: modelVersion.id, predictedKey, painting: { datasetItems: { some: inCell } } };
  const [total, unscored, predictions] = await Promise.all([
    db.prediction.count({ where }),
    db.datasetItem.count({ where: { ...inCell, painting: { predictions: { none: { modelVersionId: modelVersion.id } } } } }),
    db.prediction.findMany({
      where,
      orderBy: [{ confidence: "desc" }, { paintingId: "asc" }],
      take,
      include: { painting: { include: { approvedLabel: { select: { key: true } } } } },
    }),
  ]);
  const open = await db.reviewQueueEntry.findMany({
    where: { paintingId: { in: predictions.map((p) => p.paintingId) }, status: "OPEN" },
    select: { paintingId: true },
  });
  const inReview = new Set(open.map((entry) => entry.paintingId));
  return {
    modelVersion,
    total,
    unscored,
    explanation: explain(total, unscored, modelVersion.version),
    paintings: predictions.map(({ painting: { approvedLabel, ...painting }, ...prediction }) => ({
      painting,
      actualKey,
      predictedKey: prediction.predictedKey,
      confidence: prediction.confidence,
      currentLabelKey: painting.status === "APPROVED" ? (approvedLabel?.key ?? null) : null,
      inReview: inReview.has(painting.id),
    })),
  };
}

function explain(total: number, unscored: number, version: number): string | null {
  if (unscored === 0) return null;
  const items = `${unscored} painting${unscored === 1 ? "" : "s"} labeled like this row`;
  if (total === 0) return `Model v${version} has not scored ${items} yet; score the project to list them here.`;
  return `${items} ${unscored === 1 ? "has" : "have"} no prediction from model v${version} yet and ${unscored === 1 ? "is" : "are"} not listed.`;
}
