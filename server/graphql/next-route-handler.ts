// Serves an Apollo server from a Next.js route handler. Written here rather than taken from
// @as-integrations/next because that package parses a body as JSON only when Content-Type is
// exactly "application/json", so "application/json; charset=utf-8" (what GraphQL over HTTP
// clients may send) was refused.
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

export function createRouteHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: (request: Request) => Promise<Context>,
): (request: Request) => Promise<Response> {
  const started = server.start();
  return async (request) => {
    await started;
    const headers = new HeaderMap();
    request.headers.forEach((value, key) => headers.set(key, value));
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search: new URL(request.url).search, body },
      context: () => context(request),
    });
    const responseHeaders = new Headers();
    for (const [key, value] of result.headers) responseHeaders.set(key, value);
    if (result.body.kind === "complete") {
      return new Response(result.body.string, { status: result.status ?? 200, headers: responseHeaders });
    }
    const chunks = result.body.asyncIterator;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new TextEncoder().encode(next.value));
      },
    });
    return new Response(stream, { status: result.status ?? 200, headers: responseHeaders });
  };
}

/** JSON bodies are parsed for any application/json media type; a malformed one gets a 400. */
async function readBody(request: Request): Promise<unknown | Response> {
  if (request.method.toUpperCase() !== "POST") return undefined;
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const text = await request.text();
  if (mediaType !== "application/json") return text;
  try {
    return JSON.parse(text);
  } catch {
    return new Response(JSON.stringify({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] }), {
      status: 400,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  }
}
