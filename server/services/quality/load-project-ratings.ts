// Every label given in a project, as rows the pure statistics can take.
import type { Db } from "@/server/db/client";
import type { Annotation } from "@/core/quality/group-ratings";

export type RatingRow = {
  paintingId: string;
  round: number;
  annotatorId: string;
  labelClassId: string;
  createdAt: Date;
  durationMs: number | null;
  isGold: boolean;
  goldLabelId: string | null;
};

export async function loadProjectRatings(db: Db, projectId: string): Promise<RatingRow[]> {
  const rows = await db.annotation.findMany({
    where: { painting: { projectId } },
    select: {
      paintingId: true, round: true, annotatorId: true, labelClassId: true, createdAt: true, durationMs: true,
      painting: { select: { isGold: true, goldLabelId: true } },
    },
  });
  return rows.map(({ painting, ...row }) => ({ ...row, isGold: painting.isGold, goldLabelId: painting.goldLabelId }));
}

/**
 * The statistics' items are (painting, label round) pairs: a painting sent back for relabeling is
 * rated again from scratch, possibly by the same people, and each round is its own rating.
 */
export function asRatings(rows: readonly RatingRow[]): Annotation[] {
  return rows.map((row) => ({ itemId: `${row.paintingId}#${row.round}`, raterId: row.annotatorId, label: row.labelClassId }));
}
