import type { ErrorCode } from "../errors";

// Storage failures a caller can act on, drawn from the product's one error vocabulary
// (server/errors.ts), so a new code has to be added there first. "storage/not_found" is the only
// one a user can cause (a stale link); "storage/unavailable" means the store could not be reached
// or refused the request; the others are configuration or programming errors.
export type StorageErrorCode = Extract<ErrorCode, `storage/${string}`>;

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
    this.code = code;
  }
}
