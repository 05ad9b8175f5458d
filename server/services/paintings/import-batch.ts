// Imports many files with a bounded number in flight (see importItems). Each file settles on its
// own: a corrupt, oversized or unreadable file becomes a failed result with its reason code, and
// the rest of the batch carries on.
import type { Db } from "@/server/db/client";
import type { PaintingSource } from "@/server/db/generated/client";
import { AppError, type ErrorCode } from "@/server/errors";
import type { ImageLimits } from "@/server/images/image-limits";
import { logInternalError } from "@/server/logging/log-internal-error";
import type { BlobStorage } from "@/server/storage/storage";
import type { BatchItem } from "./batch-item";
import { importItems, type ImportOutcome } from "./import-items";

export { BatchItemError, type BatchItem } from "./batch-item";
export { IMPORT_CONCURRENCY } from "./import-items";

export type BatchItemResult =
  | { name: string; status: "created" | "duplicate"; paintingId: string; nearDuplicates: number }
  | { name: string; status: "failed"; code: ErrorCode; message: string };

export type BatchProgress = { done: number; total: number; created: number; duplicate: number; failed: number; last: BatchItemResult };

export type ImportBatchOptions = {
  projectId: string;
  source: PaintingSource;
  uploadedById?: string | null;
  asGold?: boolean;
  /** Every file goes into this evaluation set, its known label as ground truth (not approved). */
  evaluationSetId?: string | null;
  limits?: Partial<ImageLimits>;
  concurrency?: number;
  onProgress?: (progress: BatchProgress) => void;
};

/** Results come back in the order of `items`; progress is reported as each file settles. */
export async function importBatch(db: Db, storage: BlobStorage, items: BatchItem[], options: ImportBatchOptions): Promise<BatchItemResult[]> {
  const { onProgress, ...target } = options;
  const results: BatchItemResult[] = new Array(items.length);
  const counts = { created: 0, duplicate: 0, failed: 0 };
  let done = 0;
  await importItems(db, storage, items, {
    ...target,
    onSettled: (index, outcome) => {
      const result = toResult(items[index].name, outcome);
      results[index] = result;
      counts[result.status] += 1;
      done += 1;
      onProgress?.({ done, total: items.length, ...counts, last: result });
    },
  });
  return results;
}

function toResult(name: string, outcome: ImportOutcome): BatchItemResult {
  if (outcome.status !== "failed") return { name, status: outcome.status, paintingId: outcome.paintingId, nearDuplicates: outcome.nearDuplicates };
  return { name, status: "failed", ...describeFailure(outcome.error) };
}

function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  // Refusals meant for the uploader (image/*, label/*...) pass through; storage outages and
  // internal codes are the server's problem, summarised like any unexpected failure.
  if (error instanceof AppError && error.edge.exposeMessage) return { code: error.code, message: error.message };
  // Unexpected (database down, disk full): logged in full here, summarised for the uploader.
  logInternalError("import", error);
  return { code: "import/failed", message: "The file could not be imported because of a server error; try again." };
}
