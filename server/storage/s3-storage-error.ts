// Turns what the AWS SDK throws into the driver-neutral StorageError. The message names the
// operation, the key and the S3 error's name or network code, never the SDK's own message or the
// request, so nothing about credentials reaches a log line or a client; the original stays as
// `cause` for an operator's debugger.
import { StorageError } from "./storage-error";

type SdkError = {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
};

// The key is absent. HeadObject has no body, so its 404 arrives as a bare "NotFound".
const MISSING_KEY = new Set(["NoSuchKey", "NotFound"]);
// Names that say nothing (an error answer without a body, such as HEAD's): the status says more.
const GENERIC_NAMES = new Set(["Error", "Unknown", "UnknownError"]);
const REFUSED = new Set(["AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken"]);

export function toStorageError(error: unknown, operation: string, key: string): StorageError {
  if (error instanceof StorageError) return error;
  const { name, code, $metadata } = (error ?? {}) as SdkError;
  const status = $metadata?.httpStatusCode;
  if (name === "NoSuchBucket") {
    return unavailable(`S3 ${operation} ${key} failed: the bucket does not exist (check S3_BUCKET).`, error);
  }
  if ((name && MISSING_KEY.has(name)) || status === 404) {
    return new StorageError("storage/not_found", `No blob stored under ${key}.`, { cause: error });
  }
  const label = code && code !== name ? code : name;
  const reason = [label && !GENERIC_NAMES.has(label) ? label : undefined, status ? `HTTP ${status}` : undefined]
    .filter(Boolean)
    .join(", ");
  // A bucket policy without s3:ListBucket also answers 403 for missing keys; the hint covers both.
  const hint = (name && REFUSED.has(name)) || status === 403 ? " (check the S3 credentials and the bucket's policy)" : "";
  return unavailable(`S3 ${operation} ${key} failed: ${reason || "unknown error"}${hint}.`, error);
}

function unavailable(message: string, cause: unknown): StorageError {
  return new StorageError("storage/unavailable", message, { cause });
}
