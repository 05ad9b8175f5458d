import type { Db } from "@/server/db/client";

export function listUsers(db: Db) {
  return db.user.findMany({ orderBy: [{ role: "asc" }, { name: "asc" }] });
}
