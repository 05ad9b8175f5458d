// Every decision that changes what the model learns from, or who may do what, is written here.
import type { Prisma } from "@/server/db/generated/client";

type AuditDb = { auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput }) => Promise<unknown> } };

type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

export async function writeAuditLog(db: AuditDb, { actorId, action, entityType, entityId, data }: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: { actorId, action, entityType, entityId, data } });
}
