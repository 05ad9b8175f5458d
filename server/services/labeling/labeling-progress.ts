import type { Db } from "@/server/db/client";
import { SERVED_TO_ANNOTATORS } from "./evaluation-set-filter";

export type LabelingProgress = { labeledByMe: number; remaining: number };

/**
 * How far one annotator is in a project: labels they gave, and paintings left for them. Gold
 * paintings they have not answered count as left too, so answering one moves the counter like
 * answering any painting (a counter that stood still would mark it as gold). Gold is served only
 * while ordinary work remains, so with none left nothing is.
 */
export async function labelingProgress(db: Db, { projectId, userId }: { projectId: string; userId: string }): Promise<LabelingProgress> {
  const [row] = await db.$queryRaw<(LabelingProgress & { gold: number })[]>`
    SELECT
      (SELECT count(*)::int FROM "Annotation" a JOIN "Painting" p ON p."id" = a."paintingId"
        WHERE a."annotatorId" = ${userId} AND p."projectId" = ${projectId}) AS "labeledByMe",
      (SELECT count(*)::int FROM "Painting" p
        WHERE p."projectId" = ${projectId} AND p."status" IN ('UNLABELED', 'ANNOTATING') AND NOT p."isGold" AND ${SERVED_TO_ANNOTATORS}
          AND NOT EXISTS (SELECT 1 FROM "Annotation" a
                          WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId} AND a."round" = p."labelRound")) AS "remaining",
      (SELECT count(*)::int FROM "Painting" p
        WHERE p."projectId" = ${projectId} AND p."isGold" AND p."status" = 'APPROVED' AND p."goldLabelId" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId})) AS "gold"`;
  if (!row) return { labeledByMe: 0, remaining: 0 };
  return { labeledByMe: row.labeledByMe, remaining: row.remaining > 0 ? row.remaining + row.gold : 0 };
}
