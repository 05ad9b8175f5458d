// How the annotator page writes numbers: a dash for "undefined", never a misleading 0.
export const percent = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)}%`);
export const decimal = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? "—" : value.toFixed(digits));
export const items = (n: number) => `${n} item${n === 1 ? "" : "s"}`;
