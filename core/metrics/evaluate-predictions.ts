// Everything a report shows for one split, computed from the model's probabilities and the true
// classes: confusion matrix, per-class precision/recall/F1, accuracy, macro-F1, ROC AUC and
// calibration. Pure, so the stored figures can be recomputed and checked.
import { expectedCalibrationError, reliabilityDiagram, type ReliabilityBin } from "./calibration";
import { classificationReport, type ClassMetrics } from "./classification-report";
import { argmax } from "./argmax";
import { confusionMatrix } from "./confusion-matrix";
import { macroRocAuc } from "./roc-auc";

export type SplitEvaluation = {
  sampleCount: number;
  classKeys: string[];
  confusionMatrix: number[][];
  perClass: Omit<ClassMetrics, "classIndex">[];
  accuracy: number;
  macroF1: number;
  rocAuc: number | null;
  ece: number | null;
  calibration: ReliabilityBin[];
};

export function evaluatePredictions(probabilities: number[][], actual: number[], classKeys: string[]): SplitEvaluation {
  const predicted = probabilities.map(argmax);
  const matrix = confusionMatrix(actual, predicted, classKeys.length);
  const report = classificationReport(matrix, classKeys);
  return {
    sampleCount: actual.length,
    classKeys,
    confusionMatrix: matrix,
    perClass: report.perClass.map(({ classIndex: _index, ...metrics }) => metrics),
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    rocAuc: actual.length > 0 ? macroRocAuc(probabilities, actual, classKeys.length).macro : null,
    ece: expectedCalibrationError(probabilities, actual),
    calibration: reliabilityDiagram(probabilities, actual),
  };
}
