// One error class for everything the product refuses on purpose. Services throw AppError with a
// code from server/error-codes.ts and a message written for the user; each edge (Apollo's
// formatError, the route handlers under app/api) turns it into its answer through that one table.
// Anything else that escapes is a bug or an outage: masked as INTERNAL_SERVER_ERROR and logged.
// Nothing here depends on GraphQL, so services, scripts and the worker can throw it too.
import { errorEdgeInfo, type ErrorCode, type ErrorEdgeInfo } from "./error-codes";

export { ERROR_CODES, ERROR_TABLE, errorEdgeInfo, isKnownCode, type ErrorCode } from "./error-codes";

export class AppError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly code: Code;
  /** Structured facts a client may act on (e.g. which backends are live); sent as extensions.details. */
  readonly details?: Record<string, unknown>;

  constructor(code: Code, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get edge(): ErrorEdgeInfo {
    return errorEdgeInfo(this.code);
  }

  /** The message a client may see: the error's own, or the table's public one. */
  get publicMessage(): string {
    const { exposeMessage, publicMessage } = this.edge;
    return exposeMessage ? this.message : (publicMessage ?? this.message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue.");
export const forbidden = (needed: string) => new AppError("FORBIDDEN", `This needs the ${needed.toLowerCase()} role or higher.`);
export const notFound = (code: Extract<ErrorCode, `${string}/not_found`>, what: string, id: string) => new AppError(code, `No ${what} with id ${id}.`);
