// The shortcut audit of a data set (issue 13): per class, how its files differ (size, format,
// JPEG quality, colour mode, metadata), how well each file feature alone tells the classes apart,
// and how well all of them together do in a cross-validated metadata-only classifier. An AUC at or
// above SHORTCUT_AUC_THRESHOLD means a model can score well by learning the file, not the painting.
import { crossValidatedAuc, separation } from "./shortcut-classifier";
import { SHORTCUT_FEATURES, type FeatureDefinition, type FileFeatures } from "./shortcut-features";

export const SHORTCUT_AUC_THRESHOLD = 0.75;

// A normalised copy's size in bytes is no longer something the upload chose: it measures how much
// fine detail the copy holds. It is reported apart (`residual`), as what normalising cannot remove.
const DETAIL_PROXIES = new Set(["byteSize", "bytesPerPixel"]);

export type AuditItem = { features: FileFeatures; label: number; group: string };

export type NumericSummary = { feature: string; count: number; min: number; median: number; max: number; mean: number };
export type CategoryCount = { feature: string; value: string; count: number };
export type ClassProfile = { classKey: string; count: number; numeric: NumericSummary[]; categories: CategoryCount[] };
export type FeatureSeparation = { feature: string; auc: number; flagged: boolean };

export type ShortcutAudit = {
  /** What the features describe: the uploads, or the normalised copies the model trains on. */
  basis: "originals" | "normalised";
  sampleCount: number;
  classKeys: string[];
  /** The class scored as positive (the second): AUCs are symmetric, so only the naming depends on it. */
  positiveClassKey: string | null;
  threshold: number;
  /** Cross-validated metadata-only classifier; null when the data cannot support one (says why in `note`). */
  classifier: { auc: number; lower: number; upper: number; folds: number } | null;
  warns: boolean;
  /** Features that give the class away, strongest first. */
  flaggedFeatures: string[];
  features: FeatureSeparation[];
  /**
   * Normalised copies only: how well their compressed size (a proxy for fine detail, which a
   * low-resolution or heavily compressed upload lost for good) separates the classes. Null for originals.
   */
  residual: FeatureSeparation[] | null;
  classes: ClassProfile[];
  note: string | null;
};

// Numbers summarised in the units people read (bytes, pixels, width/height), not the classifier's.
const SUMMARIES: [string, (f: FileFeatures) => number | null][] = [
  ["width", (f) => f.width],
  ["height", (f) => f.height],
  ["aspect", (f) => f.width / f.height],
  ["byteSize", (f) => f.byteSize],
  ["bytesPerPixel", (f) => f.byteSize / Math.max(1, f.width * f.height)],
  ["jpegQuality", (f) => f.jpegQuality],
];

export function auditShortcuts({ items, classKeys, basis, seed = 1 }: { items: readonly AuditItem[]; classKeys: readonly string[]; basis: ShortcutAudit["basis"]; seed?: number }): ShortcutAudit {
  const classes = classKeys.map((classKey, label) => profileClass(classKey, items.filter((item) => item.label === label).map((item) => item.features)));
  const base = { basis, sampleCount: items.length, classKeys: [...classKeys], threshold: SHORTCUT_AUC_THRESHOLD, classes };
  const present = [...new Set(items.map((item) => item.label))];
  if (classKeys.length !== 2 || present.length !== 2) {
    const note = classKeys.length !== 2 ? "The classifier audit needs exactly two classes." : "Only one class has paintings.";
    return { ...base, positiveClassKey: null, classifier: null, warns: false, flaggedFeatures: [], features: [], residual: null, note };
  }
  const labels = items.map((item) => item.label);
  const audited = SHORTCUT_FEATURES.filter((d) => basis === "originals" || !DETAIL_PROXIES.has(d.name));
  const columns = audited.map((definition) => items.map((item) => definition.value(item.features)));
  const features = separations(audited, items, labels);
  const residual = basis === "normalised" ? separations(SHORTCUT_FEATURES.filter((d) => DETAIL_PROXIES.has(d.name)), items, labels) : null;
  const rows = designRows(audited, columns);
  const cv = crossValidatedAuc(rows, labels, { groups: items.map((item) => item.group), seed });
  const classifier = cv && { auc: cv.auc, lower: cv.interval.lower, upper: cv.interval.upper, folds: cv.folds };
  const warns = (classifier?.auc ?? 0) >= SHORTCUT_AUC_THRESHOLD;
  // A warning names what gives the class away; when no feature does alone, the strongest three do together.
  const flagged = features.filter((f) => f.flagged);
  const flaggedFeatures = (flagged.length > 0 || !warns ? flagged : features.slice(0, 3)).map((f) => f.feature);
  return {
    ...base, positiveClassKey: classKeys[1]!, classifier, warns, flaggedFeatures, features, residual,
    note: cv ? null : "Too few paintings per class to cross-validate (each class needs two near-duplicate groups).",
  };
}

function separations(definitions: readonly FeatureDefinition[], items: readonly AuditItem[], labels: readonly number[]): FeatureSeparation[] {
  return definitions.map((definition) => {
    const values = items.map((item) => definition.value(item.features));
    const auc = separation(definition.kind === "numeric" ? (values as number[]) : categoryRates(values as string[], labels), labels) ?? 0.5;
    return { feature: definition.name, auc, flagged: auc >= SHORTCUT_AUC_THRESHOLD };
  }).sort((a, b) => b.auc - a.auc);
}

/** Numeric columns as they are, each category value as a 0/1 column (one-hot). */
function designRows(definitions: readonly FeatureDefinition[], columns: (number | string)[][]): number[][] {
  const expanded: number[][] = [];
  definitions.forEach((definition, j) => {
    const column = columns[j]!;
    if (definition.kind === "numeric") expanded.push(column as number[]);
    else for (const value of [...new Set(column as string[])].sort()) expanded.push(column.map((v) => (v === value ? 1 : 0)));
  });
  return (columns[0] ?? []).map((_, i) => expanded.map((column) => column[i]!));
}

// A category scored by the share of positives among the paintings with it: its best ordering.
function categoryRates(values: readonly string[], labels: readonly number[]): number[] {
  const counts = new Map<string, { n: number; positive: number }>();
  values.forEach((v, i) => {
    const c = counts.get(v) ?? { n: 0, positive: 0 };
    counts.set(v, { n: c.n + 1, positive: c.positive + (labels[i] === 1 ? 1 : 0) });
  });
  return values.map((v) => counts.get(v)!.positive / counts.get(v)!.n);
}

function profileClass(classKey: string, files: readonly FileFeatures[]): ClassProfile {
  const numeric = SUMMARIES.flatMap(([feature, read]) => {
    const values = files.map(read).filter((v): v is number => v !== null).sort((a, b) => a - b);
    if (values.length === 0) return [];
    const mid = values.length / 2;
    const median = values.length % 2 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
    return [{ feature, count: values.length, min: values[0]!, median, max: values.at(-1)!, mean: values.reduce((a, b) => a + b, 0) / values.length }];
  });
  const categories = SHORTCUT_FEATURES.filter((d) => d.kind === "category").flatMap((definition) => {
    const counts = new Map<string, number>();
    for (const f of files) counts.set(String(definition.value(f)), (counts.get(String(definition.value(f))) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([value, count]) => ({ feature: definition.name, value, count }));
  });
  return { classKey, count: files.length, numeric, categories };
}

/** What a snapshot stores: the audit of the uploads, and of the copies its runs train on when those are normalised. */
export type SnapshotShortcutAudit = {
  originals: ShortcutAudit;
  normalised: ShortcutAudit | null;
  normalisedSide: number | null;
  /** Paintings left out because their original could not be read. */
  unreadable: number;
};

/** The audit that describes what the model sees: the normalised copies' when there are any. */
export function auditInEffect(audit: SnapshotShortcutAudit | null): ShortcutAudit | null {
  return audit ? (audit.normalised ?? audit.originals) : null;
}

/** A stored JSON value as a snapshot audit; null for snapshots from before the audit. */
export function readSnapshotAudit(value: unknown): SnapshotShortcutAudit | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<SnapshotShortcutAudit>;
  return v.originals && typeof v.originals === "object" && Array.isArray(v.originals.classes) ? (v as SnapshotShortcutAudit) : null;
}
