// Wraps every route handler under app/api: the request gets an id (logged with every line it
// causes and echoed as x-request-id), one line is logged when it is answered, and anything it
// throws becomes a JSON error through the code table instead of Next.js's bare 500 page.
import { log, REQUEST_ID_HEADER, requestIdFrom, runWithRequest } from "@/server/logging/request-context";
import { thrownErrorResponse } from "./http-responses";

export function handleRoute<R extends Request, Rest extends unknown[]>(
  handler: (request: R, ...rest: Rest) => Response | Promise<Response>,
): (request: R, ...rest: Rest) => Promise<Response> {
  return (request, ...rest) => {
    const requestId = requestIdFrom(request.headers);
    return runWithRequest(requestId, async () => {
      const started = performance.now();
      let response: Response;
      try {
        response = await handler(request, ...rest);
      } catch (error) {
        response = thrownErrorResponse(error);
      }
      const { pathname } = new URL(request.url);
      log().info({ method: request.method, path: pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return withHeader(response, REQUEST_ID_HEADER, requestId);
    });
  };
}

// Some responses (redirects from Auth.js, Response.redirect) have immutable headers: copy those.
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
