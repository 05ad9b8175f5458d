// Reads a GraphQL POST body with a size cap enforced while reading: a declared Content-Length
// over the cap is refused before anything is read, and a streamed body is cut off as soon as it
// passes the cap, so a huge body costs at most the cap in memory. JSON is parsed for any
// application/json media type; a malformed one gets a 400.
import { getConfig, parseConfig } from "@/server/config";
import { errorEdgeInfo, type ErrorCode } from "@/server/error-codes";
import { readBodyWithin } from "@/server/http/upload-limits";

/** GRAPHQL_MAX_BODY_BYTES (1 MiB unless set), from the configuration or `env` when given. */
export function maxGraphQLBodyBytes(env?: Record<string, string | undefined>): number {
  return (env ? parseConfig(env) : getConfig()).GRAPHQL_MAX_BODY_BYTES;
}

// In GraphQL's own shape, with the status from the code table like every other edge.
function errorResponse(code: ErrorCode, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status: errorEdgeInfo(code).status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request is refused up front. */
function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, inner]) => key.includes("\u0000") || containsNul(inner));
  return false;
}

const nulRefused = () => errorResponse("BAD_USER_INPUT", "The request contains a NUL character, which no field accepts.");

export async function readGraphQLBody(request: Request): Promise<unknown | Response> {
  if (request.method.toUpperCase() !== "POST") {
    return containsNul([...new URL(request.url).searchParams.values()]) ? nulRefused() : undefined;
  }
  const cap = maxGraphQLBodyBytes();
  const tooLarge = () => errorResponse("request/too_large", `The request body is larger than ${cap} bytes.`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > cap) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  const bytes = await readBodyWithin(request, cap);
  if (bytes === null) return tooLarge();
  const text = new TextDecoder().decode(bytes);
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") return containsNul(text) ? nulRefused() : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return errorResponse("BAD_REQUEST", "The request body is not valid JSON.");
  }
  return containsNul(parsed) ? nulRefused() : parsed;
}
