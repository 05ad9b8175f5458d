import type { Db } from "@/server/db/client";

/** A project's active-learning rounds, newest first; the rounds table shows the last 50. */
export function listActiveLearningRounds(db: Db, projectId: string) {
  return db.activeLearningRound.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: 50 });
}
