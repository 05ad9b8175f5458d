// Prisma CLI configuration. Migrations run through the JavaScript schema engine over the pg
// driver, so nothing is downloaded (Prisma 7's CLI fetches a native schema engine, which fails
// offline; 6.19 with `engine: "js"` does not).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// OIDs of PostgreSQL's catalog types `name` and `"char"`, which adapter-pg cannot map
// (prisma/orm#27403), and of `text`, which is what they hold.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type PgField = { dataTypeID: number };
type PerformIO = (query: unknown) => Promise<{ fields: PgField[] }>;
let patched = false;

/** Reports catalog `name`/`"char"` columns as text so the schema engine's introspection works. */
function patchCatalogTypes(adapter: object): void {
  if (patched) return;
  let proto: Record<string, unknown> | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) {
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto) return;
  const original = proto.performIO as PerformIO;
  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  patched = true;
}

class MigrationPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    patchCatalogTypes(adapter);
    return adapter;
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new MigrationPg({ connectionString: process.env.DATABASE_URL }),
});
