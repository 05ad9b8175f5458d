// A manager takes a person off a project. What they were holding there goes back to the queue at
// once (labeling claims and review claims), so others are not kept waiting for it to expire and
// the removed person cannot finish it: every entry point checks membership before it acts. Labels
// and decisions they already made stay; they were made while they belonged.
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";

export async function removeProjectMember(db: Db, actorId: string, { projectId, userId }: { projectId: string; userId: string }) {
  const project = await db.project.findUnique({ where: { id: projectId } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  await db.$transaction(async (tx) => {
    const removed = await tx.projectMember.deleteMany({ where: { projectId, userId } });
    const claims = await tx.itemClaim.deleteMany({ where: { userId, painting: { projectId } } });
    const reviews = await tx.reviewQueueEntry.updateMany({
      where: { projectId, claimedById: userId, status: "OPEN" },
      data: { claimedById: null, claimExpiresAt: null },
    });
    if (removed.count > 0) {
      await writeAuditLog(tx, {
        actorId, action: "project.remove_member", entityType: "Project", entityId: projectId,
        data: { userId, releasedLabelClaims: claims.count, releasedReviewEntries: reviews.count },
      });
    }
  });
  return project;
}
