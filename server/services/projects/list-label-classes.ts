import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma, type LabelClass } from "@/server/db/generated/client";

/**
 * A project's label classes in the order the project shows them (and the model's class order).
 * The labeling screen asks with every painting, so it goes past Prisma's engine (direct-query.ts).
 */
export function listLabelClasses(db: Db, projectId: string): Promise<LabelClass[]> {
  return queryRows<LabelClass>(db, Prisma.sql`SELECT * FROM "LabelClass" WHERE "projectId" = ${projectId} ORDER BY "position"`);
}
