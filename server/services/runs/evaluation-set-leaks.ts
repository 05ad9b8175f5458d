// An evaluation painting that is a near-duplicate of a painting in the run's snapshot is not
// from "another source" for that run: the model saw (or was tested on) its twin, so its figure on
// the set is optimistic. Counted per set from the import-time near-duplicate links.
import type { Db } from "@/server/db/client";
import type { TrainingWarning } from "@/core/warnings/warning-types";

export async function evaluationSetLeaks(db: Db, snapshotId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ evaluationSetId: string; count: bigint }[]>`
    SELECT e."evaluationSetId", count(DISTINCT e."id")::bigint AS count
    FROM "NearDuplicate" d
    JOIN "Painting" e ON e."id" IN (d."paintingAId", d."paintingBId") AND e."evaluationSetId" IS NOT NULL
    JOIN "DatasetItem" i ON i."snapshotId" = ${snapshotId} AND i."paintingId" IN (d."paintingAId", d."paintingBId") AND i."paintingId" <> e."id"
    GROUP BY e."evaluationSetId"`;
  return new Map(rows.map((row) => [row.evaluationSetId, Number(row.count)]));
}

export function evaluationSetLeakWarnings(leaks: Map<string, number>, reports: readonly { evaluationSetId: string | null; setName: string }[]): TrainingWarning[] {
  return reports.flatMap((report) => {
    const count = report.evaluationSetId ? (leaks.get(report.evaluationSetId) ?? 0) : 0;
    if (count === 0) return [];
    return [{
      code: "evaluation_set/duplicate_leak",
      severity: "warning",
      message: `${count} painting(s) of evaluation set "${report.setName}" are near-duplicates of paintings in this run's dataset: ` +
        "the model saw their twins, so its figure on the set is optimistic.",
    } satisfies TrainingWarning];
  });
}
