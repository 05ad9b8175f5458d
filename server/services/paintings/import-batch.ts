// Imports many files with a bounded number in flight. Each file settles on its own: a corrupt,
// oversized or unreadable file becomes a failed result with its reason code, and the rest of the
// batch carries on.
import type { Db } from "@/server/db/client";
import type { PaintingSource } from "@/server/db/generated/client";
import { AppError, type ErrorCode } from "@/server/errors";
import { isImageRejectedError } from "@/server/images/image-error";
import type { ImageLimits } from "@/server/images/image-limits";
import type { BlobStorage } from "@/server/storage/storage";
import { importPainting } from "./import-painting";

// Four decodes in flight keep libuv's four threads (and sharp's) busy without holding more than
// four full-size images in memory at once.
export const IMPORT_CONCURRENCY = 4;

export type BatchItem = {
  name: string;
  /** Read lazily, so a 500-file zip is never in memory at once. May throw BatchItemError. */
  read: () => Promise<Buffer>;
  knownLabel?: string | null;
};

export type BatchItemResult =
  | { name: string; status: "created" | "duplicate"; paintingId: string; nearDuplicates: number }
  | { name: string; status: "failed"; code: ErrorCode; message: string };

export type BatchProgress = { done: number; total: number; created: number; duplicate: number; failed: number; last: BatchItemResult };

export type ImportBatchOptions = {
  projectId: string;
  source: PaintingSource;
  uploadedById?: string | null;
  asGold?: boolean;
  /** Every file goes into this evaluation set, its known label as ground truth. */
  evaluationSetId?: string | null;
  limits?: Partial<ImageLimits>;
  concurrency?: number;
  onProgress?: (progress: BatchProgress) => void;
};

/** A per-file refusal decided before the image pipeline (unsafe zip path, entry too large...). */
export class BatchItemError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = "BatchItemError";
  }
}

/** Results come back in the order of `items`. */
export async function importBatch(db: Db, storage: BlobStorage, items: BatchItem[], options: ImportBatchOptions): Promise<BatchItemResult[]> {
  const { concurrency = IMPORT_CONCURRENCY, onProgress } = options;
  const results: BatchItemResult[] = new Array(items.length);
  const counts = { created: 0, duplicate: 0, failed: 0 };
  let next = 0;
  let done = 0;

  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const result = await importOne(db, storage, items[index], options);
      results[index] = result;
      counts[result.status] += 1;
      done += 1;
      onProgress?.({ done, total: items.length, ...counts, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return results;
}

async function importOne(db: Db, storage: BlobStorage, item: BatchItem, options: ImportBatchOptions): Promise<BatchItemResult> {
  let bytes: Buffer;
  try {
    bytes = await item.read();
  } catch (error) {
    if (error instanceof BatchItemError) return { name: item.name, status: "failed", code: error.code, message: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { name: item.name, status: "failed", code: "import/unreadable", message: `The file could not be read: ${reason}` };
  }
  try {
    const { status, painting, nearDuplicates } = await importPainting(db, storage, {
      projectId: options.projectId,
      bytes,
      originalName: item.name,
      source: options.source,
      uploadedById: options.uploadedById,
      knownLabel: item.knownLabel,
      asGold: options.asGold,
      evaluationSetId: options.evaluationSetId,
      limits: options.limits,
    });
    return { name: item.name, status, paintingId: painting.id, nearDuplicates };
  } catch (error) {
    return { name: item.name, status: "failed", ...describeFailure(error) };
  }
}

function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (isImageRejectedError(error) || error instanceof AppError) {
    return { code: error.code, message: error.message };
  }
  // Unexpected (database down, disk full): logged in full here, summarised for the uploader.
  console.error("[import] unexpected failure", error);
  return { code: "import/failed", message: "The file could not be imported because of a server error; try again." };
}
