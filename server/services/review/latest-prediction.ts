import type { LabelClass } from "@/server/db/generated/client";
import { saliencyMapUrl } from "@/server/http/painting-image-url";
import type { Tx } from "./review-sql";
import type { ReviewPredictionModel } from "./review-models";

type PredictionDb = Pick<Tx, "prediction">;

/**
 * The newest model's view of a painting, with a probability per class in the project's class
 * order (classes the model knows but the project dropped come last, unlabelled).
 */
export async function latestPrediction(db: PredictionDb, paintingId: string, labelClasses: LabelClass[]): Promise<ReviewPredictionModel | null> {
  const prediction = await db.prediction.findFirst({
    where: { paintingId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { modelVersion: { select: { version: true } } },
  });
  if (!prediction) return null;
  const probabilities = Object.entries(prediction.probabilities as Record<string, number>)
    .map(([labelKey, probability]) => ({ labelKey, probability, label: labelClasses.find((c) => c.key === labelKey) ?? null }))
    .sort((a, b) => (a.label?.position ?? Infinity) - (b.label?.position ?? Infinity) || a.labelKey.localeCompare(b.labelKey));
  return {
    modelVersion: prediction.modelVersion.version,
    predictedKey: prediction.predictedKey,
    confidence: prediction.confidence,
    uncertainty: prediction.uncertainty,
    probabilities,
    createdAt: prediction.createdAt,
    saliencyUrl: prediction.saliencyKey ? saliencyMapUrl(paintingId, prediction.modelVersionId) : null,
  };
}
