// A reviewer hands a painting back to the queue without deciding it.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import type { ReviewQueueEntry } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/errors";
import { readClaimState } from "./may-decide";
import { lockPaintingRow, REVIEW_TX } from "./review-sql";

/**
 * Releases the caller's claim on the entry's painting (all its open entries, as they were claimed
 * together). Releasing what one does not hold is a no-op, so a double click is harmless; another
 * reviewer's live claim is refused rather than silently kept.
 */
export async function releaseReviewClaim(db: Db, { entryId, reviewer }: { entryId: string; reviewer: Viewer }): Promise<ReviewQueueEntry> {
  const found = await db.reviewQueueEntry.findUnique({ where: { id: entryId }, select: { paintingId: true } });
  if (!found) throw notFound("review/not_found", "review entry", entryId);
  return db.$transaction(async (tx) => {
    await lockPaintingRow(tx, found.paintingId);
    const claim = await readClaimState(tx, entryId);
    if (claim?.live && claim.claimedById !== reviewer.id) {
      throw new AppError("review/claimed_by_other", "Another reviewer holds this painting; only they can release it.");
    }
    await tx.reviewQueueEntry.updateMany({
      where: { paintingId: found.paintingId, status: "OPEN", claimedById: reviewer.id },
      data: { claimedById: null, claimExpiresAt: null },
    });
    return tx.reviewQueueEntry.findUniqueOrThrow({ where: { id: entryId } });
  }, REVIEW_TX);
}
