import { AppError, type ErrorCode } from "../errors";

// Storage failures a caller can act on: an AppError with one of the storage/* codes, which the
// edges map like any other (server/error-codes.ts). "storage/not_found" is the only one a user can
// cause (a stale link); "storage/unavailable" means the store could not be reached or refused the
// request; the others are configuration or programming errors, masked for clients.
export type StorageErrorCode = Extract<ErrorCode, `storage/${string}`>;

// A subclass only to narrow the code type for callers that branch on storage codes.
export class StorageError extends AppError<StorageErrorCode> {
  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, undefined, options);
    this.name = "StorageError";
  }
}
