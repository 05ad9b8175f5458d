// A project's evaluation sets with how many paintings each holds per ground-truth class.
import type { Db } from "@/server/db/client";
import type { EvaluationSet } from "@/server/db/generated/client";

export type EvaluationSetView = EvaluationSet & { paintingCount: number; classCounts: { classKey: string; count: number }[] };

export async function listEvaluationSets(db: Db, projectId: string, { ids }: { ids?: string[] } = {}): Promise<EvaluationSetView[]> {
  const sets = await db.evaluationSet.findMany({
    where: { projectId, ...(ids ? { id: { in: ids } } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (sets.length === 0) return [];
  const counts = await db.painting.groupBy({
    by: ["evaluationSetId", "evaluationLabelId"],
    where: { projectId, evaluationSetId: { in: sets.map((set) => set.id) } },
    _count: { _all: true },
  });
  const classes = await db.labelClass.findMany({ where: { projectId }, orderBy: { position: "asc" } });
  return sets.map((set) => {
    const mine = counts.filter((row) => row.evaluationSetId === set.id);
    return {
      ...set,
      paintingCount: mine.reduce((sum, row) => sum + row._count._all, 0),
      classCounts: classes.map((c) => ({ classKey: c.key, count: mine.find((row) => row.evaluationLabelId === c.id)?._count._all ?? 0 })),
    };
  });
}

/** One set as the list shows it; the caller knows it exists (it just wrote it). */
export async function getEvaluationSet(db: Db, id: string): Promise<EvaluationSetView> {
  const { projectId } = await db.evaluationSet.findUniqueOrThrow({ where: { id }, select: { projectId: true } });
  return (await listEvaluationSets(db, projectId, { ids: [id] }))[0]!;
}
