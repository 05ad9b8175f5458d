import type { Db } from "@/server/db/client";
import { evaluationSetFigures } from "./evaluation-set-figures";

/** A run's evaluation-set figures, by set name. */
export async function listEvaluationSetReports(db: Db, runId: string) {
  const reports = await db.evaluationSetReport.findMany({ where: { runId }, orderBy: [{ setName: "asc" }, { id: "asc" }] });
  return reports.map(evaluationSetFigures);
}
