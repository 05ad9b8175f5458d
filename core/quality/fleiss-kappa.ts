export type FleissKappa = {
  /** Null when no item has two or more ratings. */
  kappa: number | null;
  /** P-bar: mean over items of the share of agreeing rater pairs. */
  observed: number | null;
  /** P-bar_e: sum over categories of p_j^2, the chance agreement. */
  expected: number | null;
  /** Items used (those with at least two ratings). */
  items: number;
  /** Ratings per item, the same for every item used; null when none are used. */
  raters: number | null;
};

/**
 * Fleiss' kappa from an items x categories table of rating counts (Fleiss 1971):
 *   P_i = (sum_j n_ij^2 - n) / (n(n - 1)),  p_j = sum_i n_ij / (N n),
 *   kappa = (mean P_i - sum_j p_j^2) / (1 - sum_j p_j^2)
 * The classic statistic assumes every item has the same number n of ratings; items with fewer
 * than two are skipped (no pair to agree), and the rest must share one n or this throws: use
 * krippendorffAlpha when raters per item vary. If every rating falls in one category the chance
 * agreement is 1 and the formula is 0/0; as for Cohen's kappa we define kappa = 1 then.
 */
export function fleissKappa(table: readonly (readonly number[])[]): FleissKappa {
  const rows = table.filter((row) => {
    if (row.some((v) => !Number.isInteger(v) || v < 0)) {
      throw new RangeError("counts must be non-negative integers");
    }
    return sum(row) >= 2;
  });
  if (rows.length === 0) return { kappa: null, observed: null, expected: null, items: 0, raters: null };
  const n = sum(rows[0]);
  if (rows.some((row) => sum(row) !== n)) {
    throw new RangeError("Fleiss' kappa needs the same number of ratings per item; use Krippendorff's alpha");
  }
  const categories = Math.max(...rows.map((row) => row.length));
  const columnTotals = Array.from({ length: categories }, (_, j) => sum(rows.map((row) => row[j] ?? 0)));
  const totalRatings = rows.length * n;

  const observed = sum(rows.map((row) => (sum(row.map((v) => v * v)) - n) / (n * (n - 1)))) / rows.length;
  const squaredTotals = sum(columnTotals.map((c) => c * c));
  const expected = squaredTotals / (totalRatings * totalRatings);
  // Integer comparison, so "all ratings in one category" is caught exactly.
  const kappa =
    squaredTotals === totalRatings * totalRatings
      ? observed === 1 ? 1 : null
      : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items: rows.length, raters: n };
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}
