// One vocabulary of error codes. Each becomes a GraphQL error's `extensions.code`; anything not
// raised through `AppError` is masked as INTERNAL_SERVER_ERROR before it reaches a client.
import { GraphQLError } from "graphql";

export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "auth/invalid_credentials",
  "auth/too_many_attempts",
  "user/email_taken",
  "user/not_found",
  "project/not_found",
  "project/slug_taken",
  "painting/not_found",
  "painting/duplicate",
  "image/unsupported_format",
  "image/too_large_bytes",
  "image/too_many_pixels",
  "image/corrupt",
  "image/empty",
  "label/invalid_class",
  "label/not_claimed",
  "label/already_submitted",
  "claim/expired",
  "review/not_found",
  "review/already_resolved",
  "review/claimed_by_other",
  "run/not_found",
  "run/not_cancellable",
  "run/no_training_data",
  "run/preset_unsupported",
  "run/queue_unavailable",
  "model/not_found",
  "upload/not_multipart",
  "upload/no_files",
  "upload/too_many_files",
  "upload/request_too_large",
  "upload/cross_site",
  "import/unsafe_path",
  "import/entry_too_large",
  "import/unreadable",
  "import/failed",
  "label/painting_closed",
  "label/nothing_to_undo",
  "label/undo_too_late",
  "claim/taken",
  "review/not_claimed",
  "review/invalid_decision",
  "request/too_large",
  "user/role_too_high",
  "review/own_label",
  // External evaluation sets (issue 13): no such set; a name already used in the project; a
  // painting imported into a set without the ground-truth label it is scored against.
  "evaluation_set/not_found",
  "evaluation_set/name_taken",
  "evaluation_set/label_required",
  // Blob storage: StorageError (server/storage/storage-error.ts) takes its codes from these.
  "storage/not_found",
  "storage/invalid_key",
  "storage/content_type_mismatch",
  "storage/unavailable",
  "storage/invalid_config",
  "storage/unknown_driver",
  "storage/invalid_root",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
    this.code = code;
  }
}

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue.");
export const forbidden = (needed: string) =>
  new AppError("FORBIDDEN", `This needs the ${needed.toLowerCase()} role or higher.`);
export const notFound = (code: Extract<ErrorCode, `${string}/not_found`>, what: string, id: string) =>
  new AppError(code, `No ${what} with id ${id}.`);
