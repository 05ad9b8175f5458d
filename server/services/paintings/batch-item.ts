// One file of an import, read lazily, and the refusals decided before the image pipeline.
import type { ErrorCode } from "@/server/errors";

export type BatchItem = {
  name: string;
  /** Read lazily, so a 500-file zip is never in memory at once. May throw BatchItemError. */
  read: () => Promise<Buffer>;
  knownLabel?: string | null;
};

/** A per-file refusal decided before the image pipeline (unsafe zip path, entry too large...). */
export class BatchItemError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = "BatchItemError";
  }
}
