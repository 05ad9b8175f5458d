import type { Db } from "@/server/db/client";

/** The projects a person is a member of, by name (for the Users page). */
export function listUserProjects(db: Db, userId: string) {
  return db.project.findMany({ where: { members: { some: { userId } } }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
