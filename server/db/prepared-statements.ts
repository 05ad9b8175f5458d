// Named prepared statements for every parameterised query Prisma sends through the pg adapter.
// The adapter sends each query unnamed, so PostgreSQL parses and plans it again every time: in
// bench/labeling-http.ts parsing and planning took 3 times as long as running the statements. A
// named statement is parsed once per connection, and after five executions PostgreSQL may keep a
// generic plan and skip planning too (it keeps planning the claim statement each time, which it
// judges worth it). PostgreSQL's CPU per label halved.
// Off with DATABASE_PREPARED_STATEMENTS=false, for a pooler in transaction mode (PgBouncer before
// 1.21), which cannot keep a statement on the connection that prepared it.
import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Statements a connection keeps at most (each holds a parse tree and plans in PostgreSQL); queries
 * beyond go unnamed, as before. Lists of ids of varying length make new texts, hence the cap.
 */
export const MAX_STATEMENTS_PER_CONNECTION = 200;
const MAX_REMEMBERED_NAMES = 5_000;

const names = new Map<string, string>();

/** A stable name per SQL text (the same on every connection), remembered so it is hashed once. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `prisma_${createHash("sha1").update(text).digest("base64url")}`;
    if (names.size >= MAX_REMEMBERED_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown };

/** pg's client, naming each parameterised query by its text (pg prepares a name once per connection). */
export class PreparingClient extends pg.Client {
  #prepared = new Set<string>();

  // pg.Client.query has many overloads; only the config-object form with parameters is renamed.
  query(...args: unknown[]): never {
    const [config, values] = args as [QueryConfigLike | string, unknown];
    if (config && typeof config === "object" && typeof config.text === "string" && config.name === undefined) {
      const parameters = config.values ?? values;
      if (Array.isArray(parameters) && parameters.length > 0) {
        const name = statementName(config.text);
        if (this.#prepared.has(name) || this.#prepared.size < MAX_STATEMENTS_PER_CONNECTION) {
          this.#prepared.add(name);
          args[0] = { ...config, name };
        }
      }
    }
    return (super.query as (...rest: unknown[]) => never)(...args);
  }
}
