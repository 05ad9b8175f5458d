import type { Db } from "@/server/db/client";

/** A model version by id (an active-learning round names the model it scored with). */
export function getModelVersion(db: Db, id: string) {
  return db.modelVersion.findUniqueOrThrow({ where: { id } });
}
