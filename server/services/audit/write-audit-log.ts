// Every decision that changes what the model learns from, or who may do what, is written here.
// In raw SQL, so that it also runs inside the labeling submit's transaction, which is not Prisma's
// (server/db/direct-transaction.ts).
import { NOW_UTC } from "@/server/db/database-clock";
import type { RawTx } from "@/server/db/direct-transaction";
import type { Prisma } from "@/server/db/generated/client";
import { newRowId } from "@/server/db/row-id";

type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

export async function writeAuditLog(db: Pick<RawTx, "$executeRaw">, { actorId, action, entityType, entityId, data }: AuditEntry): Promise<void> {
  const json = data === undefined ? null : JSON.stringify(data);
  await db.$executeRaw`
    INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt")
    VALUES (${newRowId()}, ${actorId}, ${action}, ${entityType}, ${entityId}, ${json}::jsonb, ${NOW_UTC})`;
}
