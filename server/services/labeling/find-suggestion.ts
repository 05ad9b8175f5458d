import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma, type LabelClass } from "@/server/db/generated/client";
import type { Tx } from "./labeling-sql";

export type Suggestion = {
  labelKey: string;
  /** The project's class with that key; null if the model knows a class the project dropped. */
  labelClass: LabelClass | null;
  confidence: number;
  modelVersion: number;
};

/**
 * The prediction of the newest model that has scored this painting, if any has. One statement,
 * past Prisma's engine (direct-query.ts): with pre-annotation on it runs with every label.
 */
export async function findSuggestion(db: Db | Tx, paintingId: string): Promise<Suggestion | null> {
  const [suggestion] = await queryRows<Suggestion>(db, Prisma.sql`
    SELECT pr."predictedKey" AS "labelKey", to_jsonb(lc) AS "labelClass", pr."confidence", mv."version" AS "modelVersion"
    FROM "Prediction" pr
    JOIN "ModelVersion" mv ON mv."id" = pr."modelVersionId"
    LEFT JOIN "LabelClass" lc ON lc."projectId" = mv."projectId" AND lc."key" = pr."predictedKey"
    WHERE pr."paintingId" = ${paintingId}
    ORDER BY mv."version" DESC, pr."createdAt" DESC
    LIMIT 1`);
  return suggestion ?? null;
}
