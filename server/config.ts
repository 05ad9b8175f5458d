// The product's configuration: every environment variable the web app and the worker read, with
// its one rule, parsed once. `loadConfigOrExit()` runs when a web server or worker starts and
// stops it with every bad variable listed; everything else asks `getConfig()`. Variables are
// documented in .env.example, and a unit test fails when the two disagree.
// This is one of the few files that read process.env (see also server/process/child-env.ts).
import { z } from "zod";
import { AppError } from "./errors";
import { parseS3Config } from "./storage/s3-config";

type Env = Record<string, string | undefined>;

const MIB = 1024 * 1024;
const number = () => z.coerce.number({ error: "is not a number" }).int("is not a whole number");
const positiveInteger = number().positive("must be above 0").max(Number.MAX_SAFE_INTEGER, "is too large");
const port = number().min(1, "must be a port, 1 to 65535").max(65_535, "must be a port, 1 to 65535");
const flag = z.stringbool({ error: 'must be "true" or "false"' });

// Variables an operator may set, in .env.example's groups. Defaults live here and nowhere else.
const schema = z.object({
  // Database
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  DATABASE_POOL_SIZE: positiveInteger.default(10),
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  PROVENANCE_DATA_DIR: z.string().optional(),
  // Web
  PORT: port.default(3000),
  AUTH_SECRET: z.string().optional(),
  AUTH_URL: z.url({ protocol: /^https?$/, error: "is not an http(s) URL" }).optional(),
  TRUSTED_PROXY_COUNT: number().min(0, "must be 0 or more").max(32, "must be at most 32").default(0),
  GRAPHQL_MAX_BODY_BYTES: positiveInteger.default(MIB),
  SEED_DEMO: flag.default(true),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be fatal, error, warn, info, debug, trace or silent" })
    .default("info"),
  // Images and storage (S3_* are checked below, only when STORAGE_DRIVER=s3)
  STORAGE_DRIVER: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["local", "s3"], { error: 'must be "local" or "s3"' }))
    .default("local"),
  STORAGE_DIR: z.string().default("./.data/storage"),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ENDPOINT: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  IMAGE_MAX_BYTES: positiveInteger.default(40 * MIB),
  IMAGE_MAX_PIXELS: positiveInteger.default(80_000_000),
  IMAGE_MAX_DIMENSION: positiveInteger.default(20_000),
  UPLOAD_MAX_REQUEST_BYTES: positiveInteger.optional(),
  // Worker
  TFJS_BACKEND: z.string().trim().optional(),
  TFJS_WASM_THREADS: number().min(1, "must be 1 to 8").max(8, "must be 1 to 8").optional(),
  PRETRAINED_MODELS_DIR: z.string().optional(),
});

// Set by the runtime or by `npm start` for its children, never by an operator.
const internalSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).catch("development").default("development"),
  PROVENANCE_SUPERVISOR_PID: z.coerce.number().int().positive().optional().catch(undefined),
});

export type Config = z.infer<typeof schema> & z.infer<typeof internalSchema> & { production: boolean };

/** The variables .env.example must document (and may document nothing else). */
export const DOCUMENTED_VARIABLES = Object.keys(schema.shape);

/**
 * Parses `env` as the product reads it: an empty value counts as unset (`IMAGE_MAX_BYTES=` is
 * common in .env files). Throws AppError "config/invalid" listing every bad variable by name;
 * values never appear, since some are secrets.
 */
export function parseConfig(env: Env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = schema.safeParse(present);
  const internal = internalSchema.parse(present);
  const problems = parsed.error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`) ?? [];
  // Checked even when other variables are bad, so one start lists every problem.
  if (present.STORAGE_DRIVER?.trim().toLowerCase() === "s3") problems.push(...s3Problems(present));
  if (!parsed.success || problems.length > 0) throw new AppError("config/invalid", `Invalid configuration: ${problems.join("; ")}.`, { problems });
  return { ...parsed.data, ...internal, production: internal.NODE_ENV === "production" };
}

function s3Problems(env: Env): string[] {
  try {
    parseS3Config(env);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message.replace(/^STORAGE_DRIVER=s3 is not configured: /, "").replace(/\.$/, "") : String(error)];
  }
}

let current: Config | undefined;

/** The configuration of this process, parsed on first use. */
export function getConfig(): Config {
  current ??= parseConfig(process.env);
  return current;
}

/** Parses the environment again; for tests that change a variable after the first use. */
export function reloadConfig(): Config {
  current = undefined;
  return getConfig();
}

/** What a production server cannot run without, beyond well-formed values. */
export function productionProblems(config: Config): string[] {
  if (!config.production) return [];
  return config.DATABASE_URL ? [] : ["DATABASE_URL is required in production (the embedded database is for development)"];
}

/** At start: the configuration, or the process exits naming every problem. */
export function loadConfigOrExit(who: string, report: (message: string) => void = (message) => process.stderr.write(`${message}\n`)): Config {
  try {
    const config = reloadConfig();
    const problems = productionProblems(config);
    if (problems.length > 0) throw new AppError("config/invalid", `Invalid configuration: ${problems.join("; ")}.`, { problems });
    return config;
  } catch (error) {
    report(`[${who}] refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
