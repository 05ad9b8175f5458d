// Serves an Apollo server from a Next.js route handler. Written here rather than taken from
// @as-integrations/next because that package parses a body as JSON only when Content-Type is
// exactly "application/json", so "application/json; charset=utf-8" (what GraphQL over HTTP
// clients may send) was refused. Bodies are capped while they are read (see graphql-body.ts).
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { readGraphQLBody } from "./graphql-body";

const SMALL_ANSWER_BYTES = 1024;

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
      const bytes = new TextEncoder().encode(result.body.string);
      responseHeaders.set("content-length", String(bytes.byteLength));
      // Next.js gzips every answer whose length it does not know, and it drops ours, so even a
      // 30-byte answer cost a fresh zlib stream. Under 1 KiB (most labeling answers) gzip saves
      // nothing worth that; no-transform is what its compression honours.
      if (bytes.byteLength < SMALL_ANSWER_BYTES) {
        const cacheControl = responseHeaders.get("cache-control");
        responseHeaders.set("cache-control", cacheControl ? `${cacheControl}, no-transform` : "no-store, no-transform");
      }
      return new Response(bytes, { status: result.status ?? 200, headers: responseHeaders });
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
