// One file of an import, read lazily, and the refusals decided before the image pipeline.
import { AppError, type ErrorCode } from "@/server/errors";

export type BatchItem = {
  name: string;
  /** Read lazily, so a 500-file zip is never in memory at once. May throw BatchItemError. */
  read: () => Promise<Buffer>;
  knownLabel?: string | null;
};

/** A per-file refusal decided before the image pipeline (unsafe zip path, entry too large...). */
export class BatchItemError extends AppError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = "BatchItemError";
  }
}
