import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { visibleProjectsWhere } from "./visible-projects-where";

/** The projects the viewer may see: all of them for managers and admins, else their memberships. */
export function listProjects(db: Db, viewer: Pick<Viewer, "id" | "role">) {
  return db.project.findMany({ where: visibleProjectsWhere(viewer), orderBy: { createdAt: "asc" } });
}

/** Null for a project the viewer may not see, as for one that does not exist. */
export function getProject(db: Db, viewer: Pick<Viewer, "id" | "role">, id: string) {
  return db.project.findFirst({ where: { id, ...visibleProjectsWhere(viewer) } });
}
