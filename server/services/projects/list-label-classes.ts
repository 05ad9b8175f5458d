import type { Db } from "@/server/db/client";

/** A project's label classes in the order the project shows them (and the model's class order). */
export function listLabelClasses(db: Db, projectId: string) {
  return db.labelClass.findMany({ where: { projectId }, orderBy: { position: "asc" } });
}
