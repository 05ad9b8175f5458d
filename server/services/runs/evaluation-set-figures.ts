// The figures of one stored evaluation-set report, as GraphQL, the run page, the compare view and
// the JSON/CSV exports show them: the same accuracy interval, baseline and chance verdict as a
// split's (recomputed from the stored confusion matrix), plus how sure the model was when wrong.
import { FINAL_MODEL_FOLD } from "@/core/metrics/model-fold";
import type { EvaluationSetReport } from "@/server/db/generated/client";
import { actualClassCounts, correctCount } from "@/core/metrics/majority-class";
import type { TrainingWarning } from "@/core/warnings/warning-types";
import { reportAccuracyInterval } from "./report-accuracy-interval";
import { reportChanceFigures } from "./report-chance-figures";
import type { ReportCalibrationBin, ReportClassMetrics } from "./build-run-report";

export type EvaluationSetFigures = ReturnType<typeof evaluationSetFigures>;

export function evaluationSetFigures(report: EvaluationSetReport) {
  const matrix = report.confusionMatrix as number[][];
  return {
    evaluationSetId: report.evaluationSetId,
    setName: report.setName,
    sampleCount: report.sampleCount,
    classKeys: report.classKeys as string[],
    confusionMatrix: matrix,
    perClass: report.perClass as ReportClassMetrics[],
    accuracy: report.accuracy,
    accuracyInterval: reportAccuracyInterval(report),
    ...reportChanceFigures({ ...report, split: "EVALUATION_SET", fold: FINAL_MODEL_FOLD }),
    /** Only one class present: the baseline is 100% and no AUC exists, so accuracy is that class's recall. */
    singleClass: actualClassCounts(matrix).filter((count) => count > 0).length < 2,
    wrongCount: report.sampleCount - correctCount(matrix),
    meanConfidenceWrong: report.meanConfidenceWrong,
    macroF1: report.macroF1,
    rocAuc: report.rocAuc,
    ece: report.ece,
    calibration: (report.calibration as ReportCalibrationBin[] | null) ?? [],
  };
}

/**
 * One warning per set the model is not shown to beat chance on. Sets of one class are left out:
 * their baseline is 100% by construction, so the rule would flag every model.
 */
export function evaluationSetWarnings(reports: readonly EvaluationSetFigures[]): TrainingWarning[] {
  return reports.filter((r) => r.notBetterThanChance && !r.singleClass).map((r) => {
    const ci = r.accuracyInterval;
    const auc = r.rocAuc === null ? "" : `, ROC AUC ${r.rocAuc.toFixed(2)}${r.rocAucInterval ? ` (95% CI ${r.rocAucInterval.lower.toFixed(2)}–${r.rocAucInterval.upper.toFixed(2)})` : ""}`;
    const sure = r.meanConfidenceWrong === null ? "" : `; wrong ${r.wrongCount} times at a mean confidence of ${r.meanConfidenceWrong.toFixed(2)}`;
    return {
      code: "evaluation_set/not_better_than_chance",
      severity: "error",
      message: `On evaluation set "${r.setName}" (n = ${r.sampleCount}) the model is not shown better than chance: accuracy ` +
        `${pct(r.accuracy)}${ci ? ` (95% CI ${pct(ci.lower)}–${pct(ci.upper)})` : ""} against a ${pct(r.majorityClassRate)} baseline${auc}${sure}. ` +
        "Its own test split does not tell how it does on paintings from other sources.",
    } satisfies TrainingWarning;
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
