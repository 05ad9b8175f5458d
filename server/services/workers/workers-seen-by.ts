// The live workers as a reviewer may see them: every worker and whether it is busy (capacity is
// shared by all projects), but the id of the run it trains only when that run's project is one the
// viewer works in. A reviewer of one project has no business learning another project's run ids.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { seesAllProjects } from "@/server/services/projects/visible-projects-where";
import { listLiveWorkers, type LiveWorker } from "./list-live-workers";

export type SeenWorker = LiveWorker & { busy: boolean };

export async function workersSeenBy(db: Db, viewer: Pick<Viewer, "id" | "role">): Promise<SeenWorker[]> {
  const workers = await listLiveWorkers(db);
  const runIds = workers.flatMap((w) => (w.currentRunId ? [w.currentRunId] : []));
  const visible = seesAllProjects(viewer) || runIds.length === 0 ? null : await runsInProjectsOf(db, viewer.id, runIds);
  return workers.map((w) => ({
    ...w,
    busy: w.currentRunId !== null,
    currentRunId: w.currentRunId && (visible === null || visible.has(w.currentRunId)) ? w.currentRunId : null,
  }));
}

async function runsInProjectsOf(db: Db, userId: string, runIds: string[]): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "TrainingRun" r
    JOIN "ProjectMember" m ON m."projectId" = r."projectId" AND m."userId" = ${userId}
    WHERE r."id" = ANY(${runIds}::text[])`;
  return new Set(rows.map((row) => row.id));
}
