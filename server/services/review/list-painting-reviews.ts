// Review decisions on a painting, for Painting.reviews. Reviewers and above see them all. An
// annotator sees only the verdicts on disputes they took part in (a DISAGREEMENT entry's review of
// a round they labeled), so they learn how their disputed labels were settled without learning
// anything about paintings they have not labeled, or which paintings are gold.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { Painting, Review } from "@/server/db/generated/client";

export async function listPaintingReviews(db: Db, viewer: Viewer, painting: Painting): Promise<Review[]> {
  const order = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  if (hasRole(viewer.role, "REVIEWER")) return db.review.findMany({ where: { paintingId: painting.id }, orderBy: order });
  if (painting.isGold) return [];
  const myRounds = await db.annotation.findMany({ where: { paintingId: painting.id, annotatorId: viewer.id }, select: { round: true } });
  if (myRounds.length === 0) return [];
  return db.review.findMany({
    where: { paintingId: painting.id, entry: { reason: "DISAGREEMENT" }, round: { in: myRounds.map((row) => row.round) } },
    orderBy: order,
  });
}
