// JSON answers for the route handlers outside GraphQL, with the same error codes as GraphQL's
// extensions.code so clients handle one vocabulary, and the status from the same table
// (server/error-codes.ts): no handler picks a status for an error by hand.
import { errorEdgeInfo, INTERNAL_MESSAGE, type ErrorCode } from "@/server/error-codes";
import { AppError } from "@/server/errors";
import { logInternalError } from "@/server/logging/log-internal-error";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

export function errorResponse(code: ErrorCode, message: string): Response {
  const { status, graphqlCode, exposeMessage, publicMessage } = errorEdgeInfo(code);
  return jsonResponse({ error: { code: graphqlCode, message: exposeMessage ? message : (publicMessage ?? INTERNAL_MESSAGE) } }, status);
}

/** What a route answers for something thrown: an AppError by its code, anything else masked and logged. */
export function thrownErrorResponse(error: unknown, where = "http"): Response {
  if (error instanceof AppError) {
    if (!error.edge.exposeMessage) logInternalError(where, error);
    return errorResponse(error.code, error.message);
  }
  logInternalError(where, error);
  return errorResponse("INTERNAL_SERVER_ERROR", INTERNAL_MESSAGE);
}
