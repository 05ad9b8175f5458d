// What a database's schema is, read from PostgreSQL's catalog as sorted lines (columns with types,
// nullability and defaults; indexes; constraints; enum labels), so two databases built different
// ways can be compared line by line.
import pg from "pg";

const QUERIES = [
  `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  `SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%'`,
  `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
];

export async function catalogSnapshot(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    for (const query of QUERIES) lines.push(...(await client.query<{ line: string }>(query)).rows.map((row) => row.line));
    return lines.sort();
  } finally {
    await client.end();
  }
}

/** Lines only one side has, marked "-" (first) and "+" (second). */
export function catalogDifferences(first: string[], second: string[]): string[] {
  const a = new Set(first);
  const b = new Set(second);
  return [...first.filter((line) => !b.has(line)).map((line) => `- ${line}`), ...second.filter((line) => !a.has(line)).map((line) => `+ ${line}`)];
}
