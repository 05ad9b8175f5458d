// `npm run import` as a user runs it: start-up on an empty folder, and 830 paintings of 512 px
// (JPEG q90, generated once under /tmp, never in the repository) imported through the command.
// Baseline in the same run: sharp's bare decode + resize of the same files to 224, as many in
// flight as the import uses, in this process. Each case runs with no database running (the
// command starts the embedded one) and beside a running one (as beside `npm start`).
//   npx tsx bench/import-cli.ts [count]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrateDatabase } from "@/server/db/migrate-database";
import { makeJpeg, mapInFlight } from "./import-throughput-pipeline";

const COUNT = Number(process.argv[2] ?? 830);
const ROOT = path.resolve(import.meta.dirname, "..");
const IMAGES = path.join(os.tmpdir(), `provenance-bench-${COUNT}x512`);
const EMPTY = path.join(os.tmpdir(), "provenance-bench-empty");

async function generateImages(): Promise<string[]> {
  const done = path.join(IMAGES, ".complete");
  if (!fs.existsSync(done)) {
    fs.rmSync(IMAGES, { recursive: true, force: true });
    fs.mkdirSync(IMAGES, { recursive: true });
    process.stdout.write(`generating ${COUNT} 512x512 JPEGs in ${IMAGES} `);
    for (let i = 0; i < COUNT; i++) {
      const big = await makeJpeg(10_000 + i);
      fs.writeFileSync(path.join(IMAGES, `p${String(i).padStart(4, "0")}.jpg`), await sharp(big).resize(512, 512).jpeg({ quality: 90 }).toBuffer());
      if (i % 100 === 99) process.stdout.write(".");
    }
    fs.writeFileSync(done, "");
    console.log();
  }
  return fs.readdirSync(IMAGES).filter((name) => name.endsWith(".jpg")).map((name) => path.join(IMAGES, name));
}

/** Runs `npm run import -- <args>` and returns its wall time and output. */
function runImport(args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "--silent", "import", "--", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 900_000 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 2) throw new Error(`import exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return { seconds, output: `${result.stdout}\n${result.stderr}` };
}

async function main() {
  fs.mkdirSync(EMPTY, { recursive: true });
  const files = await generateImages();
  const meanKb = files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / files.length / 1024;
  console.log(`${files.length} files, mean ${meanKb.toFixed(0)} KB; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}`);

  // A data folder of its own, inside the checkout (the postgres user can enter it), with one project.
  const dataDir = path.join(ROOT, ".test-data", `bench-cli-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PROVENANCE_DATA_DIR: dataDir, STORAGE_DIR: path.join(dataDir, "storage"), DATABASE_URL: "" };
  delete env.DATABASE_URL;
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), persistent: true });
  try {
    await migrateDatabase(server.url, { quiet: true });
    const db = createPrismaClient(server.url);
    await db.project.create({ data: { slug: "bench", name: "Bench" } });
    await db.$disconnect();

    const decoded = performance.now();
    await mapInFlight(files, os.availableParallelism(), async (file) =>
      sharp(await fs.promises.readFile(file)).resize(224, 224, { fit: "fill" }).removeAlpha().raw().toBuffer());
    const baselineRate = files.length / ((performance.now() - decoded) / 1000);

    const warm = runImport([EMPTY, "--project", "bench"], env);
    const half = Math.floor(files.length / 2);
    const halves = [files.slice(0, half), files.slice(half)].map((list, i) => {
      const dir = path.join(dataDir, `half-${i}`);
      fs.mkdirSync(dir);
      // Copies: the import does not follow symbolic links.
      for (const file of list) fs.copyFileSync(file, path.join(dir, path.basename(file)));
      return { dir, count: list.length };
    });
    const runningServer = runImport([halves[0].dir, "--project", "bench"], env);
    const runningEmpty = runImport([EMPTY, "--project", "bench"], env);
    await server.stop();
    const coldEmpty = runImport([EMPTY, "--project", "bench"], env);
    const cold = runImport([halves[1].dir, "--project", "bench"], env);

    console.log(`\nnpm run import, wall time of the whole command (start-up included):`);
    console.log(`  empty folder, database running (warm-up)      ${warm.seconds.toFixed(1).padStart(6)} s`);
    console.log(`  empty folder, database running                ${runningEmpty.seconds.toFixed(1).padStart(6)} s`);
    console.log(`  empty folder, no database running             ${coldEmpty.seconds.toFixed(1).padStart(6)} s`);
    const line = (name: string, run: { seconds: number }, count: number) =>
      console.log(`  ${name.padEnd(46)}${run.seconds.toFixed(1).padStart(6)} s ${(count / run.seconds).toFixed(1).padStart(7)} images/s`);
    line(`${halves[0].count} paintings, database running`, runningServer, halves[0].count);
    line(`${halves[1].count} paintings, no database running`, cold, halves[1].count);
    const total = runningServer.seconds + cold.seconds;
    console.log(`  all ${files.length} paintings                              ${total.toFixed(1).padStart(6)} s ${(files.length / total).toFixed(1).padStart(7)} images/s`);
    console.log(`  baseline: sharp decode + resize 224, in process       ${baselineRate.toFixed(1).padStart(7)} images/s`);
    console.log(`  ratio (all paintings)/(baseline) images/s: ${(files.length / total / baselineRate).toFixed(3)}`);
    for (const [name, run] of [["database running", runningServer], ["no database running", cold]] as const) {
      const summary = run.output.split("\n").filter((l) => /created|duplicate|failed|files in|database:/i.test(l)).filter((l) => !l.includes("importing [")).slice(0, 6);
      console.log(`\n  output (${name}):\n    ${summary.join("\n    ")}`);
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
