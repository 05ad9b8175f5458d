// A manager declares a batch of paintings from another source as an evaluation set: its paintings
// never train, validate or test a model, and every run of the project is scored on it.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { AppError, notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { evaluationSetDescription, evaluationSetName } from "./evaluation-set-input";

export const createEvaluationSetInput = z.object({
  projectId: z.string().min(1),
  name: evaluationSetName,
  description: evaluationSetDescription.nullish(),
  openToAnnotators: z.boolean().nullish(),
});

type DbOrTx = Db | Prisma.TransactionClient;

export async function createEvaluationSet(db: DbOrTx, actorId: string | null, input: z.input<typeof createEvaluationSetInput>) {
  const parsed = createEvaluationSetInput.parse(input);
  if (!(await db.project.findUnique({ where: { id: parsed.projectId }, select: { id: true } }))) {
    throw notFound("project/not_found", "project", parsed.projectId);
  }
  try {
    const set = await db.evaluationSet.create({
      data: {
        projectId: parsed.projectId, name: parsed.name, description: parsed.description ?? "",
        openToAnnotators: parsed.openToAnnotators ?? false, createdById: actorId,
      },
    });
    await writeAuditLog(db, { actorId, action: "evaluation_set.create", entityType: "EvaluationSet", entityId: set.id, data: { name: set.name } });
    return set;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(parsed.name);
    throw error;
  }
}

export const nameTaken = (name: string) =>
  new AppError("evaluation_set/name_taken", `The project already has an evaluation set named "${name}".`);
