// Storage failures a caller can act on. Codes follow the project's `domain/reason` vocabulary so
// they can be folded into server/errors.ts; "storage/not_found" is the only one a user can cause
// (a stale link), the others are configuration or programming errors.
export type StorageErrorCode =
  | "storage/invalid_key"
  | "storage/not_found"
  | "storage/content_type_mismatch"
  | "storage/unknown_driver"
  | "storage/invalid_root";

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
    this.code = code;
  }
}
