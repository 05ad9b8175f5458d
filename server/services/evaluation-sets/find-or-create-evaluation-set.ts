// Imports name their evaluation set (`--evaluation-set <name>`, the upload form): an existing set
// of the project by that name, else a new one. Two imports naming a new set at once both end up
// in the same row: the loser of the unique index reads the winner's.
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createEvaluationSet } from "./create-evaluation-set";
import { evaluationSetName } from "./evaluation-set-input";

export async function findOrCreateEvaluationSet(db: Db, actorId: string | null, { projectId, name }: { projectId: string; name: string }) {
  const trimmed = evaluationSetName.parse(name);
  const existing = await db.evaluationSet.findUnique({ where: { projectId_name: { projectId, name: trimmed } } });
  if (existing) return { set: existing, created: false };
  try {
    return { set: await createEvaluationSet(db, actorId, { projectId, name: trimmed }), created: true };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "evaluation_set/name_taken")) throw error;
    return { set: await db.evaluationSet.findUniqueOrThrow({ where: { projectId_name: { projectId, name: trimmed } } }), created: false };
  }
}
