import type { Db } from "@/server/db/client";
import type { LabelClass } from "@/server/db/generated/client";
import type { Tx } from "./labeling-sql";

export type Suggestion = {
  labelKey: string;
  /** The project's class with that key; null if the model knows a class the project dropped. */
  labelClass: LabelClass | null;
  confidence: number;
  modelVersion: number;
};

/** The prediction of the newest model that has scored this painting, if any has. */
export async function findSuggestion(db: Db | Tx, paintingId: string): Promise<Suggestion | null> {
  const prediction = await db.prediction.findFirst({
    where: { paintingId },
    orderBy: [{ modelVersion: { version: "desc" } }, { createdAt: "desc" }],
    include: { modelVersion: { select: { version: true, projectId: true } } },
  });
  if (!prediction) return null;
  const labelClass = await db.labelClass.findUnique({
    where: { projectId_key: { projectId: prediction.modelVersion.projectId, key: prediction.predictedKey } },
  });
  return { labelKey: prediction.predictedKey, labelClass, confidence: prediction.confidence, modelVersion: prediction.modelVersion.version };
}
