// `npm run import -- <folder or zip> [--label human|ai] [--project slug-or-id] [--gold] [--evaluation-set name]`
// Bulk import from the command line, with a progress bar on stderr and a summary on stdout.
// Exit code: 0 when the import ran (even if some files failed: the summary lists them), 2 for a
// usage problem (nothing imported), 1 for an unexpected error.
// Start-up is kept short: the folder or zip is listed before the database is opened, so an empty
// or missing one is refused at once, and the heavier modules load only once there is work.
import fs from "node:fs";
import path from "node:path";
import { readImageLimits } from "../server/images/image-limits";
import { ImportUsageError } from "./lib/import/import-usage-error";
import { openImportSource } from "./lib/import/open-import-source";
import { IMPORT_USAGE, parseImportArgs } from "./lib/import/parse-import-args";

const ROOT = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  if ("help" in args) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const limits = readImageLimits();
  const source = await openImportSource(args.path, limits.maxBytes);
  try {
    if (source.items.length === 0) {
      const skipped = source.skipped.length ? ` (${source.skipped.length} skipped: hidden files, links, __MACOSX)` : "";
      throw new ImportUsageError(`${args.path} has no files to import${skipped}.`);
    }
    const [{ default: cliProgress }, { createPrismaClient }, { getStorage }, { openCommandDatabase }, { runImport }, { formatImportSummary }] = await Promise.all([
      import("cli-progress"),
      import("../server/db/client"),
      import("../server/storage/get-storage"),
      import("./lib/open-command-database"),
      import("./lib/import/run-import"),
      import("./lib/import/print-import-summary"),
    ]);
    const database = await openCommandDatabase();
    const db = createPrismaClient(database.url);
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
    try {
      const started = { wall: performance.now(), cpu: process.cpuUsage() };
      const summary = await runImport(db, getStorage(), {
        ...args,
        limits,
        source,
        onStart: (total) => bar.start(total, 0, { created: 0, duplicate: 0, failed: 0 }),
        onProgress: ({ done, created, duplicate, failed }) => bar.update(done, { created, duplicate, failed }),
      });
      bar.stop();
      console.log(formatImportSummary(summary, args.path));
      // CPU seconds too: on a loaded machine the wall time mostly measures waiting for a core.
      const seconds = (performance.now() - started.wall) / 1000;
      const cpu = process.cpuUsage(started.cpu);
      console.error(`import: ${summary.results.length} files in ${seconds.toFixed(1)} s, ${(summary.results.length / seconds).toFixed(1)} files/s ` +
        `(${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU in this process)`);
    } finally {
      bar.stop();
      await db.$disconnect();
      await database.stop();
    }
    return 0;
  } finally {
    await source.close();
  }
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
