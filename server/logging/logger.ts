// The structured log of the web app and the worker: one JSON object per line on stdout (pino),
// with ISO times and level names, so a log shipper can index fields such as requestId, runId or
// jobId instead of parsing prose. Command-line tools keep their human-readable output.
// Inside a request, `log()` answers the request's child logger (see request-context.ts).
import pino, { type Logger } from "pino";
import { getConfig } from "@/server/config";

export type { Logger } from "pino";

let root: Logger | undefined;

/** A logger writing to `destination` (stdout by default) at LOG_LEVEL. */
export function createLogger(destination?: pino.DestinationStream, level = configuredLevel()): Logger {
  const options: pino.LoggerOptions = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

// A configuration that fails to parse must still be reported, so the log never depends on it.
function configuredLevel(): string {
  try {
    return getConfig().LOG_LEVEL;
  } catch {
    return "info";
  }
}

export function rootLogger(): Logger {
  root ??= createLogger();
  return root;
}

/** Names this process's lines (service: web, worker, trainer) from here on. */
export function bindRootLogger(bindings: Record<string, unknown>): Logger {
  root = rootLogger().child(bindings);
  return root;
}

/** Swaps the root logger (tests read what was logged); returns a function that restores it. */
export function replaceRootLogger(logger: Logger): () => void {
  const previous = root;
  root = logger;
  return () => {
    root = previous;
  };
}
