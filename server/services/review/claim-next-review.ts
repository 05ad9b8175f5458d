// The next review for one reviewer, claimed for them alone until the project's claim TTL runs out.
// A painting is reviewed once for all its open reasons (a dispute and a model flag on the same
// painting are one decision), so claiming takes every open entry of the painting, and the entry
// returned is its most urgent one: that is where the decision is recorded, so a dispute's verdict
// always lands on its DISAGREEMENT entry. Safe under concurrency: paintings are locked with SKIP
// LOCKED and re-checked under the lock, so two reviewers never hold the same painting; an
// abandoned claim expires and the painting returns to the queue.
import type { Db } from "@/server/db/client";
import type { ReviewQueueEntry } from "@/server/db/generated/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { notFound } from "@/server/errors";
import { lockNextReview } from "./lock-next-review";
import { lockPaintingRow, NOW_UTC, nowPlusSeconds, REVIEW_TX, type Tx } from "./review-sql";

type ClaimQuery = { projectId: string; reviewerId: string; reason?: ReviewReason | null };

export async function claimNextReview(db: Db, { projectId, reviewerId, reason = null }: ClaimQuery): Promise<ReviewQueueEntry | null> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { claimTtlSeconds: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const ttl = project.claimTtlSeconds;

  const entryId = await db.$transaction(async (tx) => {
    const held = await keepHeldClaim(tx, { projectId, reviewerId, reason, ttl });
    if (held) return held;
    const passedOver: string[] = [];
    for (;;) {
      const candidate = await lockNextReview(tx, { projectId, reviewerId, reason, excludePaintingIds: passedOver });
      if (!candidate) return null;
      if (candidate.free) return claimPainting(tx, { paintingId: candidate.paintingId, reviewerId, ttl });
      // Each miss excludes one more painting, so the loop ends.
      passedOver.push(candidate.paintingId);
    }
  }, REVIEW_TX);
  return entryId ? db.reviewQueueEntry.findUniqueOrThrow({ where: { id: entryId } }) : null;
}

/**
 * A reviewer works on one painting at a time. Asking again (a reload, the queue's "Start
 * reviewing") returns the painting they hold, renewed for a full TTL, if it fits the filter; if
 * they switched to another reason, the held painting goes back to the queue.
 */
async function keepHeldClaim(tx: Tx, { projectId, reviewerId, reason, ttl }: ClaimQuery & { ttl: number }): Promise<string | null> {
  const held = await tx.$queryRaw<{ paintingId: string; reason: ReviewReason }[]>`
    SELECT "paintingId", "reason" FROM "ReviewQueueEntry"
    WHERE "projectId" = ${projectId} AND "claimedById" = ${reviewerId} AND "status" = 'OPEN' AND "claimExpiresAt" > ${NOW_UTC}
    ORDER BY "priority" DESC, "createdAt", "id"`;
  if (held.length === 0) return null;
  const keep = held.find((entry) => !reason || entry.reason === reason);
  if (!keep) {
    await releaseHeld(tx, { projectId, reviewerId });
    return null;
  }
  // Painting first, then its entries, as everywhere else. A decision may have closed the entries
  // while we waited for the lock; then there is nothing to keep.
  await lockPaintingRow(tx, keep.paintingId);
  const stillMine = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ReviewQueueEntry"
    WHERE "paintingId" = ${keep.paintingId} AND "claimedById" = ${reviewerId} AND "status" = 'OPEN' AND "claimExpiresAt" > ${NOW_UTC}`;
  return stillMine.length === 0 ? null : claimPainting(tx, { paintingId: keep.paintingId, reviewerId, ttl });
}

async function releaseHeld(tx: Tx, { projectId, reviewerId }: { projectId: string; reviewerId: string }): Promise<void> {
  await tx.reviewQueueEntry.updateMany({
    where: { projectId, claimedById: reviewerId, status: "OPEN" },
    data: { claimedById: null, claimExpiresAt: null },
  });
}

/** Claims every open entry of a painting the caller has locked; returns the most urgent one. */
async function claimPainting(tx: Tx, { paintingId, reviewerId, ttl }: { paintingId: string; reviewerId: string; ttl: number }): Promise<string> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "ReviewQueueEntry" SET "claimedById" = ${reviewerId}, "claimExpiresAt" = ${nowPlusSeconds(ttl)}, "updatedAt" = ${NOW_UTC}
    WHERE "paintingId" = ${paintingId} AND "status" = 'OPEN'
    RETURNING "id"`;
  const [primary] = await tx.reviewQueueEntry.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    orderBy: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { id: true },
  });
  return primary.id;
}
