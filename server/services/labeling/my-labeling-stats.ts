// An annotator's own record in a project, including how each of their disputed labels was
// resolved. Gold paintings count by the outcome annotators are shown for them (what consensus
// would make of the labels given, annotator-outcome-sql.ts), never by their known answer, so the
// figures move on a gold answer as on any label and never reveal whether it was right.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { LabelClass, Painting } from "@/server/db/generated/client";
import { annotatorApprovedLabelSql, annotatorStatusSql } from "../paintings/annotator-outcome-sql";
import { loadLabelingProject } from "./load-labeling-project";

export type DisputeResolution = "PENDING" | "UPHELD" | "OVERRULED" | "SENT_BACK" | "DISMISSED";

export type DisputeOutcomeModel = {
  painting: Painting;
  myLabel: LabelClass;
  labeledAt: Date;
  resolution: DisputeResolution;
  finalLabel: LabelClass | null;
  decidedAt: Date | null;
  reviewComment: string | null;
};

export type MyLabelingStatsModel = { labeled: number; agreed: number; pending: number; disputed: number; disputes: DisputeOutcomeModel[] };

type StatsQuery = { projectId: string; userId: string; limit?: number };

const disputesLimit = z.number().int().min(1, "disputesLimit is 1 to 100.").max(100, "disputesLimit is 1 to 100.");

export async function myLabelingStats(db: Db, { projectId, userId, limit = 20 }: StatsQuery): Promise<MyLabelingStatsModel> {
  disputesLimit.parse(limit);
  await loadLabelingProject(db, projectId);
  // A label was disputed when its round ended in disagreement: apply-consensus.ts wrote a
  // painting.dispute audit entry for that round naming the review entry.
  const [counts] = await db.$queryRaw<Omit<MyLabelingStatsModel, "disputes">[]>`
    SELECT count(*)::int AS "labeled",
      (count(*) FILTER (WHERE ${annotatorStatusSql} = 'APPROVED' AND a."round" = p."labelRound"
                          AND ${annotatorApprovedLabelSql} = a."labelClassId"))::int AS "agreed",
      (count(*) FILTER (WHERE ${annotatorStatusSql} IN ('UNLABELED', 'ANNOTATING') AND a."round" = p."labelRound"))::int AS "pending",
      (count(*) FILTER (WHERE CASE WHEN p."isGold" THEN a."round" = p."labelRound" AND ${annotatorStatusSql} = 'DISPUTED'
          ELSE EXISTS (
          SELECT 1 FROM "AuditLog" l WHERE l."entityType" = 'Painting' AND l."entityId" = a."paintingId"
            AND l."action" = 'painting.dispute' AND (l."data"->>'round')::int = a."round") END))::int AS "disputed"
    FROM "Annotation" a JOIN "Painting" p ON p."id" = a."paintingId"
    WHERE a."annotatorId" = ${userId} AND p."projectId" = ${projectId}`;
  const links = await db.$queryRaw<{ annotationId: string; entryId: string }[]>`
    SELECT a."id" AS "annotationId", l."data"->>'entryId' AS "entryId"
    FROM "Annotation" a
    JOIN "Painting" p ON p."id" = a."paintingId"
    JOIN "AuditLog" l ON l."entityType" = 'Painting' AND l."entityId" = a."paintingId"
      AND l."action" = 'painting.dispute' AND (l."data"->>'round')::int = a."round"
    WHERE a."annotatorId" = ${userId} AND p."projectId" = ${projectId} AND NOT p."isGold"
    ORDER BY a."createdAt" DESC, a."id" DESC
    LIMIT ${limit}`;
  const disputes = await Promise.all(links.map((link) => disputeOutcome(db, link)));
  return { ...(counts ?? { labeled: 0, agreed: 0, pending: 0, disputed: 0 }), disputes };
}

async function disputeOutcome(db: Db, { annotationId, entryId }: { annotationId: string; entryId: string }): Promise<DisputeOutcomeModel> {
  const annotation = await db.annotation.findUniqueOrThrow({
    where: { id: annotationId },
    include: { labelClass: true, painting: { include: { approvedLabel: true } } },
  });
  const entry = await db.reviewQueueEntry.findUnique({ where: { id: entryId }, include: { review: { include: { finalLabel: true } } } });
  const review = entry?.review ?? null;
  const { approvedLabel, ...painting } = annotation.painting;
  // The reviewer's final label; the painting's approved label if the entry was closed another way.
  const finalLabel = entry?.status === "RESOLVED" ? (review?.finalLabel ?? approvedLabel) : null;
  let resolution: DisputeResolution = "PENDING";
  if (entry?.status === "DISMISSED") resolution = "DISMISSED";
  else if (entry?.status === "RESOLVED" && review?.decision === "RELABEL") resolution = "SENT_BACK";
  else if (entry?.status === "RESOLVED") resolution = finalLabel?.id === annotation.labelClassId ? "UPHELD" : "OVERRULED";
  return {
    painting,
    myLabel: annotation.labelClass,
    labeledAt: annotation.createdAt,
    resolution,
    finalLabel: resolution === "SENT_BACK" ? null : finalLabel,
    decidedAt: entry?.resolvedAt ?? null,
    reviewComment: review?.comment ?? null,
  };
}
