// Serves an Apollo server from a Next.js route handler. Written here rather than taken from
// @as-integrations/next because that package parses a body as JSON only when Content-Type is
// exactly "application/json", so "application/json; charset=utf-8" (what GraphQL over HTTP
// clients may send) was refused. Bodies are capped while they are read (see graphql-body.ts).
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { readGraphQLBody } from "./graphql-body";

export function createRouteHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: (request: Request) => Promise<Context>,
): (request: Request) => Promise<Response> {
  const started = server.start();
  return async (request) => {
    await started;
    const headers = new HeaderMap();
    request.headers.forEach((value, key) => headers.set(key, value));
    const body = await readGraphQLBody(request);
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
