import type { Db } from "@/server/db/client";

export async function countProjectPaintings(db: Db, projectId: string) {
  const groups = await db.painting.groupBy({ by: ["status"], where: { projectId }, _count: { _all: true } });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return {
    paintings: groups.reduce((sum, group) => sum + group._count._all, 0),
    unlabeled: count("UNLABELED"),
    annotating: count("ANNOTATING"),
    disputed: count("DISPUTED"),
    approved: count("APPROVED"),
  };
}
