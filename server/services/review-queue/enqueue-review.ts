// Puts a painting in front of reviewers for a reason. At most one open entry exists per painting
// and reason (a partial unique index), so enqueueing again updates that entry's priority instead
// of adding a duplicate; resolved entries are never touched.
import type { Prisma } from "@/server/db/generated/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { reviewPriority } from "./review-priorities";

type EnqueueInput = {
  projectId: string;
  paintingId: string;
  reason: ReviewReason;
  score?: number;
  modelVersionId?: string | null;
  uncertainty?: number | null;
};

type TxOrDb = Prisma.TransactionClient | { $executeRaw: Prisma.TransactionClient["$executeRaw"] };

export async function enqueueReview(db: TxOrDb, { projectId, paintingId, reason, score = 0, modelVersionId = null, uncertainty = null }: EnqueueInput): Promise<void> {
  const priority = reviewPriority(reason, score);
  await db.$executeRaw`
    INSERT INTO "ReviewQueueEntry" ("id", "projectId", "paintingId", "reason", "priority", "status", "modelVersionId", "uncertainty", "createdAt", "updatedAt")
    VALUES (${cuidLike()}, ${projectId}, ${paintingId}, ${reason}::"ReviewReason", ${priority}, 'OPEN', ${modelVersionId}, ${uncertainty}, now(), now())
    ON CONFLICT ("paintingId", "reason") WHERE "status" = 'OPEN'
    DO UPDATE SET "priority" = EXCLUDED."priority", "modelVersionId" = EXCLUDED."modelVersionId",
                  "uncertainty" = EXCLUDED."uncertainty", "updatedAt" = now()`;
}

/** Ids for rows inserted with raw SQL; unique enough and sortable by time like cuid. */
function cuidLike(): string {
  return `c${Date.now().toString(36)}${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
}
