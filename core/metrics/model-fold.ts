// Which training a stored epoch or evaluation belongs to. One convention for both tables: fold null
// is the final model (trained on the whole training split), 0..k-1 a cross-validation fold. (Epochs
// once stored the final model as 0 and fold i as i + 1 while evaluations used -1 and i; readers
// hard-coded one or the other.) Every reader and writer goes through these.

/** A stored row's fold: null for the final model, 0..k-1 for a cross-validation fold. */
export type ModelFold = number | null;

export const FINAL_MODEL_FOLD = null;

export function isFinalModel(fold: ModelFold): fold is null {
  return fold === null;
}

export function isCrossValidationFold(fold: ModelFold): fold is number {
  return fold !== null;
}

/** A Prisma `where` on a fold column that keeps only cross-validation folds. */
export const CROSS_VALIDATION_FOLDS = { not: null } as const;

/** For people: "Final model", or "CV fold 1".."CV fold k" (counted from 1). */
export function foldLabel(fold: ModelFold): string {
  return isFinalModel(fold) ? "Final model" : `CV fold ${fold + 1}`;
}

/** Sort order: the final model first, then folds in order. */
export function compareFolds(a: ModelFold, b: ModelFold): number {
  return (a ?? -1) - (b ?? -1);
}

/** The same order as a Prisma `orderBy` on a fold column (PostgreSQL sorts nulls last otherwise). */
export const FOLD_ORDER = { sort: "asc", nulls: "first" } as const;
