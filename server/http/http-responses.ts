// JSON answers for the route handlers outside GraphQL, with the same error codes as GraphQL's
// extensions.code so clients handle one vocabulary.
import type { ErrorCode } from "@/server/errors";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

export function errorResponse(status: number, code: ErrorCode, message: string): Response {
  return jsonResponse({ error: { code, message } }, status);
}
