// Everything a submit decides on, read in one statement once the painting row is locked (a new
// statement, so under READ COMMITTED it sees whatever was committed before the lock was granted):
// the painting, its project's rules, the chosen class, the annotator's label of this round if any,
// the claim, and whether the model's suggestion had been seen (submit-annotation.ts).
import type { LabelClass } from "@/server/db/generated/client";
import type { RawTx } from "@/server/db/direct-transaction";
import { NOW_UTC } from "./labeling-sql";

export type SubmitFacts = {
  projectId: string;
  labelRound: number;
  isGold: boolean;
  status: string;
  goldLabelId: string | null;
  labelsPerItem: number;
  spotCheckRate: number;
  preAnnotation: "OFF" | "AFTER_COMMIT" | "BEFORE_COMMIT";
  /** The project's class with the submitted key; null when it has none. */
  labelClassId: string | null;
  /** Its row, so the answer names the label without another read. */
  labelClass: LabelClass | null;
  existingId: string | null;
  existingClassId: string | null;
  claimUserId: string | null;
  claimLive: boolean | null;
  /** Some model has scored the painting, so a suggestion existed to be shown. */
  hasPrediction: boolean;
  /** The annotator undid a label on this painting after the suggestion had been on screen. */
  sawBeforeUndo: boolean;
};

export async function readSubmitFacts(tx: Pick<RawTx, "$queryRaw">, { paintingId, userId, labelKey }: { paintingId: string; userId: string; labelKey: string }) {
  const [facts] = await tx.$queryRaw<SubmitFacts[]>`
    SELECT p."projectId", p."labelRound", p."isGold", p."status"::text AS "status", p."goldLabelId",
      pr."labelsPerItem", pr."spotCheckRate", pr."preAnnotation"::text AS "preAnnotation",
      lc."id" AS "labelClassId", to_jsonb(lc) AS "labelClass", a."id" AS "existingId", a."labelClassId" AS "existingClassId",
      c."userId" AS "claimUserId", c."expiresAt" > ${NOW_UTC} AS "claimLive",
      EXISTS (SELECT 1 FROM "Prediction" x WHERE x."paintingId" = p."id") AS "hasPrediction",
      EXISTS (SELECT 1 FROM "AuditLog" l
              WHERE l."actorId" = ${userId} AND l."action" = 'annotation.undo' AND l."entityType" = 'Annotation'
                AND l."data"->>'paintingId' = p."id" AND l."data"->'suggestionSeen' = 'true'::jsonb) AS "sawBeforeUndo"
    FROM "Painting" p
    JOIN "Project" pr ON pr."id" = p."projectId"
    LEFT JOIN "LabelClass" lc ON lc."projectId" = p."projectId" AND lc."key" = ${labelKey}
    LEFT JOIN "Annotation" a ON a."paintingId" = p."id" AND a."annotatorId" = ${userId} AND a."round" = p."labelRound"
    LEFT JOIN "ItemClaim" c ON c."paintingId" = p."id"
    WHERE p."id" = ${paintingId}`;
  return facts ?? null;
}
