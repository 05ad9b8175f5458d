// Priorities differ in the fourth decimal when the model's uncertainties are close; two decimals
// showed "0.35" for entries served in a definite order. Show as few digits as keep every
// distinct value apart (2 to 6).
export function priorityDigits(values: readonly number[]): number {
  const distinct = new Set(values).size;
  for (let digits = 2; digits < 6; digits++) {
    if (new Set(values.map((value) => value.toFixed(digits))).size === distinct) return digits;
  }
  return 6;
}
