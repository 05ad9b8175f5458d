// A transaction on one pooled connection, past Prisma's engine (direct-query.ts), for the labeling
// submit: it runs once per label, and Prisma's interactive transaction compiled each of its
// statements (BEGIN and COMMIT included) in wasm on the main thread. Its callback gets a client
// with $queryRaw and $executeRaw only, the same surface as Prisma's transaction client, so the
// services it calls take `RawTx` and run unchanged inside a Prisma transaction too.
import type pg from "pg";
import { Prisma } from "./generated/client";
import type { Db } from "./client";
import { directPoolOf, runOn } from "./direct-query";
import { INTERACTIVE_TX } from "./transactions";

export type RawTx = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
};

/**
 * Runs `work` in a transaction, committed when it resolves and rolled back when it throws. Like
 * Prisma's (INTERACTIVE_TX), it waits at most maxWait for a connection (the pool's
 * connectionTimeoutMillis) and no statement or pause inside it may last past timeout.
 */
export async function directTransaction<T>(db: Db, work: (tx: RawTx) => Promise<T>): Promise<T> {
  const pool = directPoolOf(db);
  // A client not made by createPrismaClient (tests build wider pools their own way) has no
  // registered pool: the same work then runs in Prisma's interactive transaction.
  if (!pool) return db.$transaction((tx) => work(tx), INTERACTIVE_TX);
  const client = await pool.connect();
  const { timeout } = INTERACTIVE_TX;
  try {
    await client.query(`BEGIN; SET LOCAL statement_timeout = ${timeout}; SET LOCAL idle_in_transaction_session_timeout = ${timeout}`);
    const result = await work(rawTx(client));
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is broken: it leaves the pool instead of returning.
    await client.query("ROLLBACK").then(() => client.release(), (rollbackError: Error) => client.release(rollbackError));
    throw error;
  }
}

function rawTx(client: pg.PoolClient): RawTx {
  const statement = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
    query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
  return {
    $queryRaw: async <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await runOn(client, statement(query, values))).rows as T,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await runOn(client, statement(query, values))).rowCount ?? 0,
  };
}
