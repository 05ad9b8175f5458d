import type { Db } from "@/server/db/client";

export function listProjects(db: Db) {
  return db.project.findMany({ orderBy: { createdAt: "asc" } });
}

export function getProject(db: Db, id: string) {
  return db.project.findUnique({ where: { id } });
}
