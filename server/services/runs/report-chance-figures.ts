// The chance figures of one stored evaluation report (majority-class baseline, ROC AUC interval,
// collapse, verdict), recomputed from its confusion matrix so every report ever stored gets them
// without a migration. Shared by GraphQL and the JSON/CSV export so both say the same thing.
import { judgeAgainstChance, type ChanceVerdict } from "@/core/metrics/chance-verdict";
import { isFinalModel, type ModelFold } from "@/core/metrics/model-fold";

type StoredReport = { split: string; fold: ModelFold; sampleCount: number; classKeys: unknown; confusionMatrix: unknown; rocAuc: number | null };

export type ReportChanceFigures = {
  majorityClassRate: number;
  majorityClassKey: string;
  rocAucInterval: { lower: number; upper: number } | null;
  collapsedToClassKey: string | null;
  notBetterThanChance: boolean;
};

export function reportVerdict(report: StoredReport): ChanceVerdict | null {
  return judgeAgainstChance({ matrix: report.confusionMatrix as number[][], rocAuc: report.rocAuc });
}

/** An empty split has no baseline: rate 0, no key, and nothing to call better than chance. */
export function reportChanceFigures(report: StoredReport): ReportChanceFigures {
  const keys = report.classKeys as string[];
  const verdict = reportVerdict(report);
  if (!verdict) return { majorityClassRate: 0, majorityClassKey: "", rocAucInterval: null, collapsedToClassKey: null, notBetterThanChance: false };
  return {
    majorityClassRate: verdict.majorityClassRate,
    majorityClassKey: keys[verdict.majorityClassIndex] ?? "",
    rocAucInterval: verdict.aucInterval && { lower: verdict.aucInterval.lower, upper: verdict.aucInterval.upper },
    collapsedToClassKey: verdict.collapsedTo === null ? null : (keys[verdict.collapsedTo] ?? null),
    notBetterThanChance: verdict.notBetterThanChance,
  };
}

/** The report a run is judged on: the final model's test split, validation when there is no test. */
export function judgedReport<R extends StoredReport>(reports: readonly R[]): R | null {
  const finals = reports.filter((r) => isFinalModel(r.fold) && r.sampleCount > 0);
  return finals.find((r) => r.split === "TEST") ?? finals.find((r) => r.split === "VALIDATION") ?? null;
}

/** Whether the run's judged split fails the chance rule; false when nothing was evaluated yet. */
export function runNotBetterThanChance(reports: readonly StoredReport[]): boolean {
  const judged = judgedReport(reports);
  return judged ? reportChanceFigures(judged).notBetterThanChance : false;
}
