// The request a line of log belongs to. Each route handler runs inside `runWithRequest`, so
// everything it calls (services, Apollo's formatError) logs with the same requestId without
// passing a logger around. The id comes from the client's x-request-id when it is well-formed
// (a proxy's id then ties both logs together), else a new UUID, and is echoed in the response.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { rootLogger, type Logger } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";

// Ids printable in a log and a header: no spaces, quotes or control characters, bounded length.
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

const store = new AsyncLocalStorage<{ requestId: string; log: Logger }>();

export function requestIdFrom(headers: Headers): string {
  const offered = headers.get(REQUEST_ID_HEADER)?.trim();
  return offered && WELL_FORMED.test(offered) ? offered : randomUUID();
}

export function runWithRequest<T>(requestId: string, work: () => T): T {
  return store.run({ requestId, log: rootLogger().child({ requestId }) }, work);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

/** The current request's logger, or the process's outside a request. */
export function log(): Logger {
  return store.getStore()?.log ?? rootLogger();
}
