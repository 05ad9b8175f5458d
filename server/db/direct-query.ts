// Raw SQL on the Prisma client's own connection pool, past Prisma's engine, for the few statements
// that run with every label. Prisma 6's client engine (the only one that installs offline here)
// compiles every query in wasm on the main thread, raw ones included: about 0.5 ms of CPU per
// statement, 12% of the web server's CPU under bench/labeling-http.ts. Prisma 7.4 caches those
// plans; until then the hot statements go straight to pg.
//
// Rows come back as `$queryRaw` returns them: timestamps (stored as UTC without a zone) as Dates,
// int8 as bigint, json as parsed values. A transaction client is not registered here, so a
// statement given one runs through it, inside its transaction, as before.
import pg from "pg";
import type { RawTx } from "./direct-transaction";
import type { Prisma } from "./generated/client";

const pools = new WeakMap<object, pg.Pool>();

/** Called by createPrismaClient for the pool it hands to Prisma's adapter. */
export function attachDirectPool(db: object, pool: pg.Pool): void {
  pools.set(db, pool);
}

export async function queryRows<T>(db: Pick<RawTx, "$queryRaw">, query: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<T[]>(query);
  return (await runOn(pool, query)).rows as T[];
}

/** The pool createPrismaClient gave this client, if any (direct-transaction.ts). */
export function directPoolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}

/** Runs a statement on a pool or one of its connections, with $queryRaw's parameters and types. */
export function runOn(target: pg.Pool | pg.PoolClient, query: Prisma.Sql): Promise<pg.QueryResult> {
  return target.query({ text: query.text, values: query.values.map(toParameter), types: PRISMA_LIKE_TYPES });
}

// Dates are sent as UTC ISO strings: pg would send local time with an offset, which a column
// without a time zone would keep as local time.
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

const TIMESTAMP = 1114;
const TIMESTAMP_ARRAY = 1115;
const INT8 = 20;
const INT8_ARRAY = 1016;

const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const TEXT_ARRAY = 1009;
// pg's own text[] parser splits the array; each element is then parsed like a single value.
const splitArray = pg.types.getTypeParser(TEXT_ARRAY as never) as (text: string) => (string | null)[];
const parseArray = (parse: (text: string) => unknown) => (text: string) => splitArray(text).map((item) => (item === null ? null : parse(item)));

const PARSERS: Record<number, (text: string) => unknown> = {
  [TIMESTAMP]: utcTimestamp,
  [TIMESTAMP_ARRAY]: parseArray(utcTimestamp),
  [INT8]: (text) => BigInt(text),
  [INT8_ARRAY]: parseArray((text) => BigInt(text)),
};

const PRISMA_LIKE_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    (format === undefined || format === "text") && PARSERS[oid] ? PARSERS[oid] : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};
