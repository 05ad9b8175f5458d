// Unexpected errors are logged with their stack, except one kind: while the database is down,
// every request fails the same way, and a stack per request buried the one line that mattered
// (69,437 lines in 2.5 minutes in a drill). Those are logged once per interval, with a count.
import type { Logger } from "./logger";
import { log as currentLog } from "./request-context";

export const DATABASE_DOWN_LOG_INTERVAL_MS = 30_000;

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "57P01", "57P02", "57P03", "P1001", "P1017"]);
const CONNECTION_MESSAGE =
  /ECONNREFUSED|Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down)|Server has closed the connection/i;

/** Whether an error (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof message === "string" && CONNECTION_MESSAGE.test(message)) return true;
    current = cause;
  }
  return false;
}

export function createInternalErrorLogger({ now = () => Date.now(), log = currentLog }: { now?: () => number; log?: () => Logger } = {}) {
  let windowStart = -Infinity;
  let suppressed = 0;
  return (where: string, error: unknown) => {
    if (!isDatabaseUnreachable(error)) return log().error({ where, err: error }, "internal error");
    if (now() - windowStart < DATABASE_DOWN_LOG_INTERVAL_MS) {
      suppressed++;
      return;
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    log().error(
      { where, suppressed, reason },
      `the database is unreachable${suppressed ? ` (${suppressed} more failures like this since the last line)` : ""}`,
    );
    windowStart = now();
    suppressed = 0;
  };
}

export const logInternalError = createInternalErrorLogger();
