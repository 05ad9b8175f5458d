// One page of a project's paintings, newest first, by keyset pagination on (createdAt, id): each
// page is an index range scan from the cursor on ("projectId", "createdAt", "id") (or the status
// index when filtering by status), so page 2,000 of 100,000 paintings costs what page 1 does.
// No OFFSET and no total count, which would both scan everything before the page.
import { z } from "zod";
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import { Prisma, type Painting } from "@/server/db/generated/client";
import { forbidden, notFound } from "@/server/errors";
import { evidenceFilterSql, EVIDENCE_SIGNALS } from "./evidence-filter-sql";
import { decodePaintingCursor, encodePaintingCursor } from "./painting-cursor";
import { annotatorApprovedLabelSql, annotatorStatusSql } from "./annotator-outcome-sql";
import { withOutcomeVisibility, type PaintingView } from "./painting-visibility";

export const listPaintingsInput = z.object({
  projectId: z.string().min(1).max(64),
  filter: z.object({
    status: z.enum(["UNLABELED", "ANNOTATING", "DISPUTED", "APPROVED"]).nullish(),
    labelKey: z.string().trim().toUpperCase().max(32).nullish(),
    source: z.enum(["UPLOAD", "IMPORT"]).nullish(),
    disputed: z.boolean().nullish(),
    nearDuplicatesOnly: z.boolean().nullish(),
    evidence: z.enum(EVIDENCE_SIGNALS).nullish(),
  }).nullish(),
  first: z.number().int().min(1).max(100).nullish(),
  after: z.string().max(200).nullish(),
});

export type PaintingPage = {
  edges: { cursor: string; node: PaintingView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

export async function listPaintings(db: Db, viewer: Viewer, input: z.input<typeof listPaintingsInput>): Promise<PaintingPage> {
  const parsed = listPaintingsInput.parse(input);
  const project = await db.project.findUnique({ where: { id: parsed.projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", parsed.projectId);
  const limit = parsed.first ?? 50;
  const rows = await db.$queryRaw<Painting[]>(paintingPageQuery(viewer, parsed, limit + 1));
  const page = await withOutcomeVisibility(db, viewer, rows.slice(0, limit));
  const edges = page.map((node) => ({ cursor: encodePaintingCursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The page's SQL, exported so a test can EXPLAIN it. */
export function paintingPageQuery(viewer: Viewer, { projectId, filter, after }: z.output<typeof listPaintingsInput>, limit: number): Prisma.Sql {
  const conditions = [Prisma.sql`p."projectId" = ${projectId}`, ...filterConditions(viewer, filter ?? {})];
  if (after) {
    const cursor = decodePaintingCursor(after);
    // A row comparison, so PostgreSQL seeks the index to the cursor instead of filtering rows.
    conditions.push(Prisma.sql`(p."createdAt", p."id") < (${cursor.createdAt.toISOString()}::timestamp, ${cursor.id})`);
  }
  return Prisma.sql`
    SELECT p.* FROM "Painting" p
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY p."createdAt" DESC, p."id" DESC
    LIMIT ${limit}`;
}

type Filter = NonNullable<z.output<typeof listPaintingsInput>["filter"]>;

function filterConditions(viewer: Viewer, filter: Filter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  // Annotators filter by the outcome they are shown, which for gold paintings is not the stored
  // one (annotator-outcome-sql.ts); reviewers and above by the stored outcome, using its indexes.
  const annotator = !hasRole(viewer.role, "REVIEWER");
  if (filter.status) {
    conditions.push(annotator
      ? Prisma.sql`${annotatorStatusSql} = ${filter.status}`
      : Prisma.sql`p."status" = ${filter.status}::"PaintingStatus"`);
  }
  if (filter.source) conditions.push(Prisma.sql`p."source" = ${filter.source}::"PaintingSource"`);
  if (filter.labelKey) {
    conditions.push(Prisma.sql`${annotator ? annotatorApprovedLabelSql : Prisma.sql`p."approvedLabelId"`} IN (
      SELECT l."id" FROM "LabelClass" l WHERE l."projectId" = p."projectId" AND l."key" = ${filter.labelKey})`);
  }
  if (filter.disputed != null) {
    // Disputed = labels disagreed at some point: waiting for review now, or sent to review before.
    const stored = Prisma.sql`(p."status" = 'DISPUTED' OR EXISTS (
      SELECT 1 FROM "ReviewQueueEntry" r WHERE r."paintingId" = p."id" AND r."reason" = 'DISAGREEMENT'))`;
    const disputed = annotator ? Prisma.sql`(CASE WHEN p."isGold" THEN ${annotatorStatusSql} = 'DISPUTED' ELSE ${stored} END)` : stored;
    conditions.push(filter.disputed ? disputed : Prisma.sql`NOT ${disputed}`);
  }
  if (filter.evidence) {
    // Provenance evidence is for reviewers and up; filtering by it would reveal it.
    if (annotator) throw forbidden("REVIEWER");
    conditions.push(evidenceFilterSql(filter.evidence));
  }
  if (filter.nearDuplicatesOnly) {
    conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM "NearDuplicate" d WHERE d."paintingAId" = p."id")
      OR EXISTS (SELECT 1 FROM "NearDuplicate" d WHERE d."paintingBId" = p."id"))`);
  }
  // Filtering by outcome would reveal outcomes, so for annotators it only ranges over paintings
  // they labeled themselves (the ones whose outcome they may see).
  const byOutcome = filter.status || filter.labelKey || filter.disputed != null;
  if (byOutcome && annotator) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."annotatorId" = ${viewer.id})`);
  }
  return conditions;
}
