export type ClassMetrics = {
  classIndex: number;
  classKey: string;
  precision: number;
  recall: number;
  f1: number;
  /** How many items truly belong to the class (the row sum). */
  support: number;
};

export type ClassificationReport = {
  perClass: ClassMetrics[];
  accuracy: number;
  macroF1: number;
  weightedF1: number;
  total: number;
};

/**
 * Per-class precision/recall/F1 and the usual averages from a confusion matrix (rows actual,
 * columns predicted).
 *
 * Every 0/0 (no predictions of a class, no items of a class, an empty matrix) is defined as 0,
 * the scikit-learn `zero_division=0` convention, so a class the model never predicts reads as
 * 0 precision rather than disappearing.
 *
 * Macro-F1 averages over the classes that occur in the data or the predictions (scikit-learn's
 * default label set): a class absent from both says nothing about the model and would otherwise
 * drag the average down by an arbitrary 0.
 */
export function classificationReport(
  matrix: readonly (readonly number[])[],
  classKeys?: readonly string[],
): ClassificationReport {
  const k = matrix.length;
  if (matrix.some((row) => row.length !== k)) {
    throw new RangeError("confusion matrix must be square");
  }
  if (classKeys && classKeys.length !== k) {
    throw new RangeError(`expected ${k} class keys, got ${classKeys.length}`);
  }

  const rowSums = matrix.map((row) => sum(row));
  const colSums = matrix[0]?.map((_, j) => sum(matrix.map((row) => row[j]))) ?? [];
  const total = sum(rowSums);
  const correct = sum(matrix.map((row, i) => row[i]));

  const perClass = matrix.map((row, i): ClassMetrics => {
    const tp = row[i];
    const precision = ratio(tp, colSums[i]);
    const recall = ratio(tp, rowSums[i]);
    return {
      classIndex: i,
      classKey: classKeys?.[i] ?? String(i),
      precision,
      recall,
      // 2TP / (2TP + FP + FN), the harmonic mean of P and R without compounding their rounding.
      f1: ratio(2 * tp, rowSums[i] + colSums[i]),
      support: rowSums[i],
    };
  });

  const present = perClass.filter((c, i) => rowSums[i] > 0 || colSums[i] > 0);
  return {
    perClass,
    accuracy: ratio(correct, total),
    macroF1: ratio(sum(present.map((c) => c.f1)), present.length),
    weightedF1: ratio(sum(perClass.map((c) => c.f1 * c.support)), total),
    total,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}
