import type { Db } from "@/server/db/client";

/** A label class row by id, for the fields that name a label (approved, gold, final, undone). */
export function getLabelClass(db: Db, id: string) {
  return db.labelClass.findUniqueOrThrow({ where: { id } });
}
