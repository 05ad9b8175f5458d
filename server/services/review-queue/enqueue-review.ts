// Puts a painting in front of reviewers for a reason. At most one open entry exists per painting
// and reason (a partial unique index), so enqueueing again updates that entry's priority instead
// of adding a duplicate; resolved entries are never touched.
import { NOW_UTC } from "@/server/db/database-clock";
import type { RawTx } from "@/server/db/direct-transaction";
import { newRowId } from "@/server/db/row-id";
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

/** Returns the open entry's id, new or updated. */
export async function enqueueReview(db: Pick<RawTx, "$queryRaw">, { projectId, paintingId, reason, score = 0, modelVersionId = null, uncertainty = null }: EnqueueInput): Promise<string> {
  const priority = reviewPriority(reason, score);
  const [entry] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "ReviewQueueEntry" ("id", "projectId", "paintingId", "reason", "priority", "status", "modelVersionId", "uncertainty", "createdAt", "updatedAt")
    VALUES (${newRowId()}, ${projectId}, ${paintingId}, ${reason}::"ReviewReason", ${priority}, 'OPEN', ${modelVersionId}, ${uncertainty}, ${NOW_UTC}, ${NOW_UTC})
    ON CONFLICT ("paintingId", "reason") WHERE "status" = 'OPEN'
    DO UPDATE SET "priority" = EXCLUDED."priority", "modelVersionId" = EXCLUDED."modelVersionId",
                  "uncertainty" = EXCLUDED."uncertainty", "updatedAt" = ${NOW_UTC}
    RETURNING "id"`;
  return entry!.id;
}
