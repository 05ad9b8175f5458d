// Deleting a set releases its paintings into the project as ordinary unlabeled paintings (their
// import-time truth is dropped with the set): from then on they may be labeled and, once
// approved, train. Reports already scored on the set keep their figures under the set's name.
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";

export async function deleteEvaluationSet(db: Db, actorId: string, { id }: { id: string }) {
  const existing = await db.evaluationSet.findUnique({ where: { id } });
  if (!existing) throw notFound("evaluation_set/not_found", "evaluation set", id);
  return db.$transaction(async (tx) => {
    const released = await tx.painting.updateMany({ where: { evaluationSetId: id }, data: { evaluationSetId: null, evaluationLabelId: null } });
    await tx.evaluationSet.delete({ where: { id } });
    await writeAuditLog(tx, {
      actorId, action: "evaluation_set.delete", entityType: "EvaluationSet", entityId: id, data: { name: existing.name, released: released.count },
    });
    return { ...existing, releasedPaintings: released.count };
  });
}
