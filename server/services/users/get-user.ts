import type { Db } from "@/server/db/client";

/** A user row by id, for the fields that name a person (run starter, reviewer, claimant). */
export function getUser(db: Db, id: string) {
  return db.user.findUniqueOrThrow({ where: { id } });
}
