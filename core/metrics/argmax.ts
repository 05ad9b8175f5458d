/** Index of the largest value, the first one on a tie: the predicted class of a probability row. */
export function argmax(row: readonly number[]): number {
  if (row.length === 0) throw new RangeError("empty probability row");
  let best = 0;
  for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
  return best;
}
