// Entry points that name a painting, run or review entry instead of a project: find the project
// the record belongs to, then apply the one membership check.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { assertProjectAccess } from "./assert-project-access";
import { seesAllProjects } from "./visible-projects-where";

type Record = { paintingId: string } | { runId: string } | { entryId: string };

async function projectOf(db: Db, record: Record): Promise<string | null> {
  const select = { projectId: true } as const;
  if ("paintingId" in record) return (await db.painting.findUnique({ where: { id: record.paintingId }, select }))?.projectId ?? null;
  if ("runId" in record) return (await db.trainingRun.findUnique({ where: { id: record.runId }, select }))?.projectId ?? null;
  return (await db.reviewQueueEntry.findUnique({ where: { id: record.entryId }, select }))?.projectId ?? null;
}

/**
 * FORBIDDEN when the record is in a project the viewer is not a member of. An unknown record is
 * left to the service, whose not_found error says which kind of record was missing.
 */
export async function assertRecordAccess(db: Db, viewer: Pick<Viewer, "id" | "role">, record: Record): Promise<void> {
  if (seesAllProjects(viewer)) return;
  const projectId = await projectOf(db, record);
  if (projectId) await assertProjectAccess(db, viewer, projectId);
}
