// A painting the model was unsure of asks people to settle it; once annotators agree by
// consensus it is settled, so its open MODEL_UNSURE entries close (DISMISSED, the status the
// worker gives entries a newer model no longer flags) before a reviewer spends time on them.
// Disputes, failed gold checks, model contradictions and spot checks stay: each asks something
// consensus does not answer. An entry a reviewer holds a live claim on stays open, as the worker
// leaves it too: they have got to it, and closing it under them would fail their decision.
import { Prisma } from "@/server/db/generated/client";
import { NOW_UTC } from "@/server/db/database-clock";
import { writeAuditLog } from "../audit/write-audit-log";
import type { RawTx } from "@/server/db/direct-transaction";

export async function closeModelUnsure(tx: RawTx, paintingId: string, actorId: string): Promise<number> {
  // Claims are compared on the database clock, as everywhere else (lock-next-review.ts).
  const count = await tx.$executeRaw(Prisma.sql`
    UPDATE "ReviewQueueEntry"
       SET "status" = 'DISMISSED', "resolvedAt" = ${NOW_UTC}, "claimedById" = NULL, "claimExpiresAt" = NULL
     WHERE "paintingId" = ${paintingId} AND "reason" = 'MODEL_UNSURE' AND "status" = 'OPEN'
       AND ("claimedById" IS NULL OR "claimExpiresAt" <= ${NOW_UTC})`);
  if (count > 0) {
    await writeAuditLog(tx, { actorId, action: "painting.model_unsure_closed", entityType: "Painting", entityId: paintingId, data: { entries: count } });
  }
  return count;
}
