// The project's fixed test set. Both the worker (which pins it in every later snapshot and scores
// rounds on it) and the run reports (which state a round's n) read it, so it lives here, below
// both, rather than in the worker's snapshot code.
import type { Db } from "@/server/db/client";

/** Paintings in the test split of the project's first snapshot: the fixed test set. */
export async function referenceTestIds(db: Db, projectId: string): Promise<string[]> {
  const first = await db.datasetSnapshot.findFirst({ where: { projectId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!first) return [];
  const rows = await db.datasetItem.findMany({ where: { snapshotId: first.id, split: "TEST" }, select: { paintingId: true } });
  return rows.map((row) => row.paintingId);
}
