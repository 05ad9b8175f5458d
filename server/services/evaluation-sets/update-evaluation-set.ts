// Rename a set, change its description, or open it to annotators (and close it again). Opening
// only puts its paintings in the labeling queue: their labels still never make them training data.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { nameTaken } from "./create-evaluation-set";
import { evaluationSetDescription, evaluationSetName } from "./evaluation-set-input";

export const updateEvaluationSetInput = z.object({
  id: z.string().min(1),
  name: evaluationSetName.nullish(),
  description: evaluationSetDescription.nullish(),
  openToAnnotators: z.boolean().nullish(),
});

export async function updateEvaluationSet(db: Db, actorId: string, input: z.input<typeof updateEvaluationSetInput>) {
  const { id, ...changes } = updateEvaluationSetInput.parse(input);
  const existing = await db.evaluationSet.findUnique({ where: { id } });
  if (!existing) throw notFound("evaluation_set/not_found", "evaluation set", id);
  const data = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
  try {
    const set = await db.evaluationSet.update({ where: { id }, data });
    await writeAuditLog(db, { actorId, action: "evaluation_set.update", entityType: "EvaluationSet", entityId: id, data });
    return set;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(changes.name!);
    throw error;
  }
}
