// Entry points that name a painting, run or review entry instead of a project: find the project
// the record belongs to, then apply the one membership check.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma } from "@/server/db/generated/client";
import { notAMember } from "./assert-project-access";
import { seesAllProjects } from "./visible-projects-where";

type Record = { paintingId: string } | { runId: string } | { entryId: string };

// Constants, never input: the table each kind of record lives in.
const TABLES = { paintingId: "Painting", runId: "TrainingRun", entryId: "ReviewQueueEntry" } as const;

function kindOf(record: Record): [keyof typeof TABLES, string] {
  if ("paintingId" in record) return ["paintingId", record.paintingId];
  if ("runId" in record) return ["runId", record.runId];
  return ["entryId", record.entryId];
}

/** Whether the user is a member of the record's project, in one query (every label's submit asks). */
async function membershipOf(db: Db, userId: string, record: Record) {
  const [kind, id] = kindOf(record);
  const [row] = await queryRows<{ member: boolean }>(db, Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = r."projectId" AND m."userId" = ${userId}) AS "member"
    FROM ${Prisma.raw(`"${TABLES[kind]}"`)} r WHERE r."id" = ${id}`);
  return row ?? null;
}

/**
 * FORBIDDEN when the record is in a project the viewer is not a member of. An unknown record is
 * left to the service, whose not_found error says which kind of record was missing.
 */
export async function assertRecordAccess(db: Db, viewer: Pick<Viewer, "id" | "role">, record: Record): Promise<void> {
  if (seesAllProjects(viewer)) return;
  const found = await membershipOf(db, viewer.id, record);
  if (found && !found.member) throw notAMember();
}
