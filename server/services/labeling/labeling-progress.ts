import type { Db } from "@/server/db/client";

export type LabelingProgress = { labeledByMe: number; remaining: number };

/**
 * How far one annotator is in a project: labels they gave, and paintings still collecting labels
 * that they have not labeled in the current round (gold paintings are not counted, so the figure
 * does not hint at which paintings are gold).
 */
export async function labelingProgress(db: Db, { projectId, userId }: { projectId: string; userId: string }): Promise<LabelingProgress> {
  const [row] = await db.$queryRaw<LabelingProgress[]>`
    SELECT
      (SELECT count(*)::int FROM "Annotation" a JOIN "Painting" p ON p."id" = a."paintingId"
        WHERE a."annotatorId" = ${userId} AND p."projectId" = ${projectId}) AS "labeledByMe",
      (SELECT count(*)::int FROM "Painting" p
        WHERE p."projectId" = ${projectId} AND p."status" IN ('UNLABELED', 'ANNOTATING') AND NOT p."isGold"
          AND NOT EXISTS (SELECT 1 FROM "Annotation" a
                          WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId} AND a."round" = p."labelRound")) AS "remaining"`;
  return row ?? { labeledByMe: 0, remaining: 0 };
}
