// The review queue of a project as reviewers see it: open entries per reason, a page of entries in
// the order they will be served, and the painting the viewer is working on.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { notFound } from "@/server/errors";
import type { ReviewQueueModel } from "./review-models";
import { NOW_UTC } from "./review-sql";

/** Reasons in the order the queue serves them (see review-queue/review-priorities.ts). */
export const REVIEW_REASONS: ReviewReason[] = ["DISAGREEMENT", "GOLD_FAILED", "MODEL_DISAGREES", "MODEL_UNSURE", "SPOT_CHECK"];

const pageInput = z.object({
  first: z.number().int().min(1, "first is 1 to 100.").max(100, "first is 1 to 100."),
  offset: z.number().int().min(0, "offset cannot be negative."),
});

type QueueQuery = { projectId: string; viewerId: string; reason?: ReviewReason | null; first?: number; offset?: number };

export async function listReviewQueue(db: Db, { projectId, viewerId, reason = null, first = 50, offset = 0 }: QueueQuery): Promise<ReviewQueueModel> {
  pageInput.parse({ first, offset });
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const where = { projectId, status: "OPEN" as const, ...(reason ? { reason } : {}) };
  const order = [{ priority: "desc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];
  const [rows, entries, mine] = await Promise.all([
    db.$queryRaw<{ reason: ReviewReason; open: number; claimed: number }[]>`
      SELECT "reason"::text AS "reason", count(*)::int AS "open",
        (count(*) FILTER (WHERE "claimedById" IS NOT NULL AND "claimExpiresAt" > ${NOW_UTC}))::int AS "claimed"
      FROM "ReviewQueueEntry" WHERE "projectId" = ${projectId} AND "status" = 'OPEN'
      GROUP BY "reason"`,
    db.reviewQueueEntry.findMany({ where, orderBy: order, skip: offset, take: first }),
    db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "ReviewQueueEntry"
      WHERE "projectId" = ${projectId} AND "status" = 'OPEN' AND "claimedById" = ${viewerId} AND "claimExpiresAt" > ${NOW_UTC}
      ORDER BY "priority" DESC, "createdAt", "id" LIMIT 1`,
  ]);
  const counts = REVIEW_REASONS.map((r) => rows.find((row) => row.reason === r) ?? { reason: r, open: 0, claimed: 0 });
  const total = reason ? (counts.find((count) => count.reason === reason)?.open ?? 0) : counts.reduce((sum, count) => sum + count.open, 0);
  const myClaim = mine[0] ? await db.reviewQueueEntry.findUnique({ where: { id: mine[0].id } }) : null;
  return { total, counts, entries, myClaim };
}
