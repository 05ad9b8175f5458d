// Finds and locks the next painting an annotator could label, skipping rows other transactions
// hold. Several annotators asking at once each lock a different row instead of queueing behind
// one (FOR ... SKIP LOCKED); the caller still takes the claim atomically (take-claim.ts), because
// a claim committed between this statement's snapshot and its lock is invisible to it.
import { Prisma } from "@/server/db/generated/client";
import { SERVED_TO_ANNOTATORS } from "./evaluation-set-filter";
import { NOW_UTC, type Tx } from "./labeling-sql";

/** GOLD: approved paintings of known provenance, mixed in to measure annotators. */
export type CandidatePool = "GOLD" | "ANNOTATING" | "UNLABELED";

type CandidateQuery = {
  pool: CandidatePool;
  projectId: string;
  userId: string;
  labelsPerItem: number;
  excludeIds: string[];
};

export async function lockNextCandidate(tx: Tx, query: CandidateQuery): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>(query.pool === "GOLD" ? goldSql(query) : openSql(query));
  return rows[0]?.id ?? null;
}

/** Free for this annotator: not excluded, nobody's live claim, not skipped by them recently, and
 *  not in an evaluation set closed to annotators. */
function freeFor({ projectId, userId, excludeIds }: CandidateQuery) {
  return Prisma.sql`p."projectId" = ${projectId}
    AND ${SERVED_TO_ANNOTATORS}
    AND NOT (p."id" = ANY(${excludeIds}::text[]))
    AND NOT EXISTS (SELECT 1 FROM "ItemClaim" c WHERE c."paintingId" = p."id" AND c."expiresAt" > ${NOW_UTC})
    AND NOT EXISTS (SELECT 1 FROM "LabelSkip" s
                    WHERE s."paintingId" = p."id" AND s."userId" = ${userId} AND s."until" > ${NOW_UTC})`;
}

// Oldest first within a status; the caller asks for ANNOTATING before UNLABELED so paintings that
// already have labels are finished first. Each status is its own query so the
// (projectId, status, createdAt, id) index yields rows in order and the scan stops at the first fit.
// The rows it passes over are ANNOTATING paintings this annotator labeled, waiting for others; one
// probe of the round's labels per row answers both "still needs labels" and "not mine". Others
// drain that backlog (it comes first for them), so it stays small while people work together.
function openSql(query: CandidateQuery) {
  const { pool, userId, labelsPerItem } = query;
  return Prisma.sql`
    SELECT p."id" FROM "Painting" p
    WHERE ${freeFor(query)}
      AND p."status" = ${pool}::"PaintingStatus" AND NOT p."isGold"
      AND (SELECT count(*) < ${labelsPerItem} AND NOT coalesce(bool_or(a."annotatorId" = ${userId}), false)
           FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."round" = p."labelRound")
    ORDER BY p."createdAt", p."id"
    LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED`;
}

// Gold paintings this annotator has never labeled, in an order of their own (a hash of painting
// and annotator), so annotators asking at once spread over the gold set instead of all reaching
// for the same row.
function goldSql(query: CandidateQuery) {
  const { userId } = query;
  return Prisma.sql`
    SELECT p."id" FROM "Painting" p
    WHERE ${freeFor(query)}
      AND p."isGold" AND p."status" = 'APPROVED' AND p."goldLabelId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId})
    ORDER BY md5(p."id" || ${userId}), p."id"
    LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED`;
}
