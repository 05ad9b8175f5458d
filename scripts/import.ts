// `npm run import -- <folder or zip> [--label human|ai] [--project slug-or-id] [--gold] [--evaluation-set name]`
// Bulk import from the command line, with a progress bar on stderr and a summary on stdout.
// Exit code: 0 when the import ran (even if some files failed: the summary lists them), 2 for a
// usage problem (nothing imported), 1 for an unexpected error.
import fs from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { createPrismaClient } from "../server/db/client";
import { migrateDatabase } from "../server/db/migrate-database";
import { getStorage } from "../server/storage/get-storage";
import { ImportUsageError } from "./lib/import/import-usage-error";
import { IMPORT_USAGE, parseImportArgs } from "./lib/import/parse-import-args";
import { formatImportSummary } from "./lib/import/print-import-summary";
import { runImport, type ImportSummary } from "./lib/import/run-import";
import { ROOT, withProductDatabase } from "./lib/product-database";

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  if ("help" in args) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  // Read before withProductDatabase, which may start the embedded server without setting it.
  const ownServer = Boolean(process.env.DATABASE_URL);
  return withProductDatabase(async (url) => {
    // The embedded database may predate this checkout; a server of the operator's own is
    // migrated deliberately with `npm run db:migrate`, never as a side effect of an import.
    if (!ownServer) await migrateDatabase(url, { quiet: true });
    const db = createPrismaClient(url);
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "importing [{bar}] {value}/{total} files | {created} created, {duplicate} duplicate, {failed} failed | {eta_formatted} left",
        hideCursor: true,
        // Without a terminal (CI logs), a line every few seconds instead of redraws.
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    );
    let summary: ImportSummary;
    try {
      summary = await runImport(db, getStorage(), {
        ...args,
        onStart: (total) => bar.start(total, 0, { created: 0, duplicate: 0, failed: 0 }),
        onProgress: ({ done, created, duplicate, failed }) => bar.update(done, { created, duplicate, failed }),
      });
    } finally {
      bar.stop();
      await db.$disconnect();
    }
    console.log(formatImportSummary(summary, args.path));
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ImportUsageError) {
      console.error(`import: ${error.message}\n\n${IMPORT_USAGE}`);
      process.exit(2);
    }
    console.error("import failed:", error);
    process.exit(1);
  },
);
