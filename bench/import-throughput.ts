// Import throughput end to end: importBatch (sharp pipeline, three blobs written to local disk,
// the row inserted under the per-project lock, the near-duplicate scan) into a real embedded
// PostgreSQL, against sharp's bare decode + resize to 224 measured in the same run on the same
// 1024x1024 JPEGs, 4 in flight each. Also the idempotent re-run (every file a duplicate).
//   npx tsx bench/import-throughput.ts [count]
// Rounds alternate between the cases and medians are printed, so load from other processes hits
// them alike. CPU ms are this process's (libvips threads included); PostgreSQL's own are not.
import os from "node:os";
import sharp from "sharp";
import { importBatch, IMPORT_CONCURRENCY, type BatchItem } from "@/server/services/paintings/import-batch";
import { makeJpeg, mapInFlight } from "./import-throughput-pipeline";
import { openBenchEnvironment } from "./lib/bench-database";

const COUNT = Number(process.argv[2] ?? 40);
const ROUNDS = 3;

type Sample = { rate: number; cpuMs: number };

async function measure(count: number, work: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: count / seconds, cpuMs: (used.user + used.system) / 1000 / count };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  console.log(`sharp ${sharp.versions.sharp}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}, ${IMPORT_CONCURRENCY} in flight`);
  const env = await openBenchEnvironment();
  try {
    process.stdout.write(`generating ${COUNT} 1024x1024 JPEGs… `);
    const images: Buffer[] = [];
    for (let i = 0; i < COUNT; i++) images.push(await makeJpeg(i + 1));
    console.log(`mean ${(images.reduce((sum, image) => sum + image.length, 0) / COUNT / 1024).toFixed(0)} KB`);
    const items: BatchItem[] = images.map((bytes, i) => ({ name: `bench-${i}.jpg`, read: async () => bytes }));
    const baseline = (list: Buffer[]) => mapInFlight(list, IMPORT_CONCURRENCY, (bytes) => sharp(bytes).resize(224, 224, { fit: "fill" }).removeAlpha().raw().toBuffer());
    const newProject = async (round: number | string) => (await env.db.project.create({ data: { slug: `bench-${round}`, name: `Bench ${round}` } })).id;
    const run = async (projectId: string, expected: "created" | "duplicate") => {
      const results = await importBatch(env.db, env.storage, items, { projectId, source: "IMPORT" });
      const wrong = results.filter((result) => result.status !== expected);
      if (wrong.length) throw new Error(`expected every file ${expected}, got ${JSON.stringify(wrong[0])}`);
    };

    await baseline(images.slice(0, 8)); // warm-up: sharp, the pool, the JIT
    await importBatch(env.db, env.storage, items.slice(0, 8), { projectId: await newProject("warm-up"), source: "IMPORT" });

    const samples = { baseline: [] as Sample[], importNew: [] as Sample[], importAgain: [] as Sample[] };
    for (let round = 0; round < ROUNDS; round++) {
      samples.baseline.push(await measure(COUNT, () => baseline(images)));
      const projectId = await newProject(round);
      samples.importNew.push(await measure(COUNT, () => run(projectId, "created")));
      samples.importAgain.push(await measure(COUNT, () => run(projectId, "duplicate")));
      process.stdout.write(`\rround ${round + 1}/${ROUNDS}`);
    }

    console.log(`\n\n${COUNT} images, median of ${ROUNDS} alternating rounds:`);
    const rows: [string, Sample[]][] = [
      ["(a) baseline: sharp decode + resize 224 raw", samples.baseline],
      ["(b) importBatch, new paintings", samples.importNew],
      ["(c) importBatch re-run, all duplicates", samples.importAgain],
    ];
    for (const [name, list] of rows) {
      const rate = median(list.map((s) => s.rate));
      const cpuMs = median(list.map((s) => s.cpuMs));
      console.log(`  ${name.padEnd(46)} ${rate.toFixed(1).padStart(7)} images/s ${cpuMs.toFixed(1).padStart(7)} CPU ms/image`);
    }
    const ratio = median(samples.baseline.map((a, i) => samples.importNew[i].rate / a.rate));
    console.log(`  ratio (b)/(a) images/s: ${ratio.toFixed(3)}`);
  } finally {
    await env.close();
  }
}

await main();
