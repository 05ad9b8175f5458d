// What an annotator is shown as a painting's outcome, in SQL (alias p for "Painting"). Ordinary
// paintings show their real status and approved label. Gold paintings are approved from the start
// whatever annotators answer, which would mark them; annotators instead see what consensus would
// have made of the labels given: the round's first labelsPerItem labels (the ones consensus reads
// on an ordinary painting) are ANNOTATING while too few, APPROVED with their label when they agree,
// DISPUTED otherwise. Used by the paintings filter and by the painting view, so both agree.
import { Prisma } from "@/server/db/generated/client";

const labelsPerItem = Prisma.sql`(SELECT pr."labelsPerItem" FROM "Project" pr WHERE pr."id" = p."projectId")`;

const firstLabels = Prisma.sql`(SELECT a."labelClassId" FROM "Annotation" a
  WHERE a."paintingId" = p."id" AND a."round" = p."labelRound"
  ORDER BY a."createdAt", a."id" LIMIT ${labelsPerItem})`;

const goldStatus = Prisma.sql`(SELECT CASE
    WHEN count(*) < ${labelsPerItem} THEN 'ANNOTATING'
    WHEN count(DISTINCT f."labelClassId") = 1 THEN 'APPROVED'
    ELSE 'DISPUTED' END
  FROM ${firstLabels} f)`;

const goldLabel = Prisma.sql`(SELECT CASE
    WHEN count(*) >= ${labelsPerItem} AND count(DISTINCT f."labelClassId") = 1 THEN min(f."labelClassId") END
  FROM ${firstLabels} f)`;

/** The status as text. */
export const annotatorStatusSql = Prisma.sql`(CASE WHEN p."isGold" THEN ${goldStatus} ELSE p."status"::text END)`;
export const annotatorApprovedLabelSql = Prisma.sql`(CASE WHEN p."isGold" THEN ${goldLabel} ELSE p."approvedLabelId" END)`;
