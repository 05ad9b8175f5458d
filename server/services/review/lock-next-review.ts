// Finds the next reviewable painting and locks it, skipping paintings other transactions hold.
import { Prisma } from "@/server/db/generated/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { NOW_UTC, type Tx } from "./review-sql";

/** `free` is false when the painting turned out to be taken once locked; pass over it then. */
export type ReviewCandidate = { paintingId: string; free: boolean };

type NextQuery = { projectId: string; reviewerId: string; reason: ReviewReason | null; excludePaintingIds: string[] };

/**
 * The painting of the most urgent free entry (priority desc, then oldest), locked with
 * FOR NO KEY UPDATE ... SKIP LOCKED, so reviewers asking at once each get a different painting
 * instead of queueing behind one. The lock is on the painting, not the entry: all of a painting's
 * open entries are settled by one decision, so they are claimed together (claim-next-review.ts).
 */
export async function lockNextReview(tx: Tx, { projectId, reviewerId, reason, excludePaintingIds }: NextQuery): Promise<ReviewCandidate | null> {
  const rows = await tx.$queryRaw<{ paintingId: string }[]>`
    SELECT e."paintingId" FROM "ReviewQueueEntry" e
    JOIN "Painting" p ON p."id" = e."paintingId"
    WHERE e."projectId" = ${projectId} AND e."status" = 'OPEN'
      AND ${reason ? Prisma.sql`e."reason" = ${reason}::"ReviewReason"` : Prisma.sql`TRUE`}
      AND (e."claimedById" IS NULL OR e."claimExpiresAt" <= ${NOW_UTC})
      AND NOT (e."paintingId" = ANY(${excludePaintingIds}::text[]))
      -- Nobody reviews a painting they labeled (in any round): they would judge their own label.
      AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."paintingId" = e."paintingId" AND a."annotatorId" = ${reviewerId})
    ORDER BY e."priority" DESC, e."createdAt", e."id"
    LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED`;
  const paintingId = rows[0]?.paintingId;
  if (!paintingId) return null;
  // The row lock re-checks only the painting's row against its latest version; the entry columns
  // above come from the statement's snapshot. Now that the painting is ours, a new statement sees
  // every claim and decision committed before we got it: look again.
  const [state] = await tx.$queryRaw<{ heldByOthers: number; matching: number }[]>`
    SELECT
      count(*) FILTER (WHERE "claimedById" IS NOT NULL AND "claimedById" <> ${reviewerId} AND "claimExpiresAt" > ${NOW_UTC})::int AS "heldByOthers",
      count(*) FILTER (WHERE ${reason ? Prisma.sql`"reason" = ${reason}::"ReviewReason"` : Prisma.sql`TRUE`})::int AS "matching"
    FROM "ReviewQueueEntry" WHERE "paintingId" = ${paintingId} AND "status" = 'OPEN'`;
  return { paintingId, free: state.heldByOthers === 0 && state.matching > 0 };
}
