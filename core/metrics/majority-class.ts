/**
 * The majority-class baseline: the accuracy of always answering the most frequent class, i.e.
 * the largest class's share. It is what a model must beat before its accuracy means anything
 * (caret's "no-information rate"). Ties go to the lowest class index, so the figure is
 * reproducible. Null when there are no items.
 */
export function majorityClass(classCounts: readonly number[]): { classIndex: number; rate: number; total: number } | null {
  for (const count of classCounts) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`class counts must be non-negative integers, got ${count}`);
  }
  const total = classCounts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  let classIndex = 0;
  classCounts.forEach((count, i) => { if (count > classCounts[classIndex]!) classIndex = i; });
  return { classIndex, rate: classCounts[classIndex]! / total, total };
}

/** Items per actual class of a confusion matrix (rows are actual classes). */
export function actualClassCounts(matrix: readonly (readonly number[])[]): number[] {
  return matrix.map((row) => row.reduce((sum, count) => sum + count, 0));
}

/** Items per predicted class of a confusion matrix (columns are predicted classes). */
export function predictedClassCounts(matrix: readonly (readonly number[])[]): number[] {
  return matrix.length === 0 ? [] : matrix[0]!.map((_, p) => matrix.reduce((sum, row) => sum + (row[p] ?? 0), 0));
}

/** Correct predictions: the diagonal. */
export function correctCount(matrix: readonly (readonly number[])[]): number {
  return matrix.reduce((sum, row, a) => sum + (row[a] ?? 0), 0);
}
