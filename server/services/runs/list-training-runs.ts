import type { Db } from "@/server/db/client";

export function listTrainingRuns(db: Db, projectId: string) {
  return db.trainingRun.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: 100 });
}

export function getTrainingRun(db: Db, id: string) {
  return db.trainingRun.findUnique({ where: { id } });
}
