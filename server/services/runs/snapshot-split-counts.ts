import type { Db } from "@/server/db/client";

export type SplitCounts = { TRAIN: number; VALIDATION: number; TEST: number };

/** Items per split of a dataset snapshot; a split with no items reads 0 rather than missing. */
export async function snapshotSplitCounts(db: Db, snapshotId: string): Promise<SplitCounts> {
  const rows = await db.datasetItem.groupBy({ by: ["split"], where: { snapshotId }, _count: { _all: true } });
  const count = (split: keyof SplitCounts) => rows.find((row) => row.split === split)?._count._all ?? 0;
  return { TRAIN: count("TRAIN"), VALIDATION: count("VALIDATION"), TEST: count("TEST") };
}
