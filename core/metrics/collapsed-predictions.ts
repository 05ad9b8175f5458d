import { predictedClassCounts } from "./majority-class";

/**
 * The class every prediction fell into, when a model with two or more classes to choose from
 * answered one class for all items of a split (the "69.9% accuracy" run that was only the larger
 * class's share); null otherwise. A single item cannot show a collapse, so it needs at least two.
 */
export function collapsedClass(matrix: readonly (readonly number[])[]): number | null {
  if (matrix.length < 2) return null;
  const predicted = predictedClassCounts(matrix);
  const total = predicted.reduce((sum, count) => sum + count, 0);
  if (total < 2) return null;
  const used = predicted.flatMap((count, p) => (count > 0 ? [p] : []));
  return used.length === 1 ? used[0]! : null;
}
