// `npx tsx scripts/new-migration.ts <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the committed schema.prisma to the edited one. The schema engine wants a
// database to talk to even for this, so a throwaway embedded PostgreSQL is started.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../server/db/embedded-postgres";
import { ROOT } from "./lib/product-database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npx tsx scripts/new-migration.ts <snake_case_name>");
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-migration-"));
const db = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  // Diff the committed schema.prisma (git HEAD) against the working one. (`migrate dev` and
  // diffs from a live database are not available with the JS schema engine here.)
  const previous = path.join(dataDir, "previous.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: ROOT }));
  const sql = execFileSync(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url } },
  ).toString();
  if (!sql.trim() || sql.includes("This is an empty migration")) {
    console.log("schema.prisma matches the committed schema; nothing to write");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql; review it, then run the integration tests`);
  }
} finally {
  await db.stop();
}
