import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import type { Tx } from "./labeling-sql";

/** The project whose queue is asked for; `project/not_found` rather than an empty queue. */
export async function loadLabelingProject(db: Db | Tx, projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  return project;
}
