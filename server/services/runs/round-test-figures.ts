// A round's fixed-test-set accuracy with its n, Wilson interval and majority-class baseline.
// The round stores only the accuracy (worker/jobs/score-paintings.ts), so n and the class shares
// are read from the fixed test set (the project's first snapshot's test split) as approved now,
// the way the worker selects it: approved paintings whose label is one of the model's classes.
// While no label of the set changed since the round, these are exactly the round's figures; a
// relabelled painting moves them (storing them with the round is the worker's job, not done yet).
import type { Db } from "@/server/db/client";
import { referenceTestIds } from "@/server/services/datasets/reference-test-ids";
import { accuracyInterval } from "@/core/metrics/accuracy-interval";
import { majorityClass } from "@/core/metrics/majority-class";

type Round = { projectId: string; modelVersionId: string; testAccuracy: number | null };

export type RoundTestFigures = {
  sampleCount: number;
  accuracyInterval: { lower: number; upper: number } | null;
  majorityClassRate: number;
  majorityClassKey: string;
};

/** Null when the round has no test accuracy or the fixed test set holds no labelled painting now. */
export async function roundTestFigures(db: Db, round: Round): Promise<RoundTestFigures | null> {
  if (round.testAccuracy === null) return null;
  const model = await db.modelVersion.findUnique({ where: { id: round.modelVersionId }, select: { classKeys: true } });
  const classKeys = (model?.classKeys ?? []) as string[];
  const ids = await referenceTestIds(db, round.projectId);
  const rows = await db.painting.groupBy({
    by: ["approvedLabelId"],
    where: { id: { in: ids }, projectId: round.projectId, status: "APPROVED", approvedLabelId: { not: null } },
    _count: { _all: true },
  });
  const labels = await db.labelClass.findMany({ where: { id: { in: rows.map((r) => r.approvedLabelId!) } }, select: { id: true, key: true } });
  const counts = classKeys.map((key) => rows
    .filter((r) => labels.find((l) => l.id === r.approvedLabelId)?.key === key)
    .reduce((sum, r) => sum + r._count._all, 0));
  const majority = majorityClass(counts);
  if (!majority) return null;
  const correct = Math.min(majority.total, Math.round(round.testAccuracy * majority.total));
  const interval = accuracyInterval(correct, majority.total);
  return {
    sampleCount: majority.total,
    accuracyInterval: interval && { lower: interval.lower, upper: interval.upper },
    majorityClassRate: majority.rate,
    majorityClassKey: classKeys[majority.classIndex]!,
  };
}
