/**
 * Counts (actual, predicted) pairs. Rows are the actual class, columns the predicted class, so
 * row sums are each class's support and column sums are how often the model chose it.
 */
export function confusionMatrix(
  actual: readonly number[],
  predicted: readonly number[],
  classCount: number,
): number[][] {
  if (!Number.isInteger(classCount) || classCount < 1) {
    throw new RangeError(`classCount must be a positive integer, got ${classCount}`);
  }
  if (actual.length !== predicted.length) {
    throw new RangeError(
      `actual and predicted differ in length (${actual.length} vs ${predicted.length})`,
    );
  }
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = predicted[i];
    // An out-of-range label means the class list and the data disagree; counting it anywhere
    // would silently corrupt every derived metric.
    if (!isClassIndex(a, classCount) || !isClassIndex(p, classCount)) {
      throw new RangeError(`label out of range at index ${i}: actual ${a}, predicted ${p}`);
    }
    matrix[a][p] += 1;
  }
  return matrix;
}

function isClassIndex(value: number, classCount: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < classCount;
}
