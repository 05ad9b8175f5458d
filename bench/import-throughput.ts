// Import throughput end to end: importBatch (sharp pipeline, three blobs written to local disk,
// rows written in groups, the near-duplicate scan) into a real embedded PostgreSQL, against
// sharp's bare decode + resize measured in the same run on the same 1024x1024 JPEGs, as many in
// flight as the import uses. Two baselines: resize to 224 (the original yardstick) and to
// the working size the import decodes to (the least work that still yields a 320 px thumbnail).
// Also the idempotent re-run (every file a duplicate), and per-stage CPU ms per image, one image
// at a time.
//   npx tsx bench/import-throughput.ts [count]
// Rounds alternate between the cases and medians are printed, so load from other processes hits
// them alike. CPU ms are this process's (libvips threads included); PostgreSQL's own are not.
import { createHash } from "node:crypto";
import os from "node:os";
import sharp from "sharp";
import { DEFAULT_IMAGE_LIMITS } from "@/server/images/image-limits";
import { decodeWorkingCopy, encodeThumbnail, encodeTraining, trainingPixels, workingSize } from "@/server/images/make-derivatives";
import { hashTrainingPixels } from "@/server/images/perceptual-hash";
import { processImage } from "@/server/images/process-image";
import { readImageHeader } from "@/server/images/read-image-header";
import { storePaintingBlobs } from "@/server/services/paintings/store-painting-blobs";
import type { BlobStorage } from "@/server/storage/storage";
import { paintingKeys } from "@/server/storage/storage-keys";
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

/** CPU ms per image of each stage of processImage, one image at a time, in pipeline order. */
async function stageCosts(images: Buffer[], storage: BlobStorage): Promise<[string, number][]> {
  const header = await readImageHeader(images[0], "jpeg", DEFAULT_IMAGE_LIMITS);
  const size = { width: header.orientedWidth, height: header.orientedHeight };
  const working = await decodeWorkingCopy(sharp(images[0]), size);
  const pixels = await trainingPixels(working);
  const processed = processImage(images[0]);
  const stages: [string, (bytes: Buffer) => Promise<unknown>][] = [
    ["sha256 of the upload", async (bytes) => createHash("sha256").update(bytes).digest("hex")],
    ["header check (metadata)", (bytes) => readImageHeader(bytes, "jpeg", DEFAULT_IMAGE_LIMITS)],
    [`decode to working size ${working.info.width}x${working.info.height}`, (bytes) => decodeWorkingCopy(sharp(bytes, { autoOrient: true, failOn: "error" }), size)],
    ["thumbnail JPEG q80", () => encodeThumbnail(working)],
    ["training resize to 224", () => trainingPixels(working)],
    ["training PNG (Sub + Huffman, JS)", () => encodeTraining(pixels)],
    ["perceptual hash (JS)", async () => hashTrainingPixels(pixels)],
    ["store 3 blobs (local disk, fsync each)", async (bytes) => {
      const image = await processed;
      const keys = paintingKeys(createHash("sha256").update(bytes).update(String(Math.random())).digest("hex"), "jpeg");
      await storePaintingBlobs(storage, keys, { ...image, original: bytes });
    }],
  ];
  const costs: [string, number][] = [];
  for (const [name, work] of stages) {
    for (const bytes of images) await work(bytes); // warm-up: the JIT needs dozens of calls for JS stages
    const sample = await measure(images.length, async () => {
      for (const bytes of images) await work(bytes);
    });
    costs.push([name, sample.cpuMs]);
  }
  return costs;
}

async function main() {
  console.log(`sharp ${sharp.versions.sharp}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}, ${IMPORT_CONCURRENCY} in flight`);
  const env = await openBenchEnvironment();
  try {
    process.stdout.write(`generating ${COUNT} 1024x1024 JPEGs… `);
    const images: Buffer[] = [];
    for (let i = 0; i < COUNT; i++) images.push(await makeJpeg(i + 1));
    console.log(`mean ${(images.reduce((sum, image) => sum + image.length, 0) / COUNT / 1024).toFixed(0)} KB`);
    const items: BatchItem[] = images.map((bytes, i) => ({ name: `bench-${i}.jpg`, read: async () => bytes }));
    const working = workingSize(1024, 1024);
    const baseline = (width: number, height: number) => () =>
      mapInFlight(images, IMPORT_CONCURRENCY, (bytes) => sharp(bytes).resize(width, height, { fit: "fill" }).removeAlpha().raw().toBuffer());
    const newProject = async (round: number | string) => (await env.db.project.create({ data: { slug: `bench-${round}`, name: `Bench ${round}` } })).id;
    const run = async (projectId: string, expected: "created" | "duplicate") => {
      const results = await importBatch(env.db, env.storage, items, { projectId, source: "IMPORT" });
      const wrong = results.filter((result) => result.status !== expected);
      if (wrong.length) throw new Error(`expected every file ${expected}, got ${JSON.stringify(wrong[0])}`);
    };

    await baseline(224, 224)(); // warm-up: sharp, the pool, the JIT
    await importBatch(env.db, env.storage, items.slice(0, 8), { projectId: await newProject("warm-up"), source: "IMPORT" });

    const samples = { base224: [] as Sample[], baseWorking: [] as Sample[], importNew: [] as Sample[], importAgain: [] as Sample[] };
    for (let round = 0; round < ROUNDS; round++) {
      samples.base224.push(await measure(COUNT, baseline(224, 224)));
      samples.baseWorking.push(await measure(COUNT, baseline(working.width, working.height)));
      const projectId = await newProject(round);
      samples.importNew.push(await measure(COUNT, () => run(projectId, "created")));
      samples.importAgain.push(await measure(COUNT, () => run(projectId, "duplicate")));
      process.stdout.write(`\rround ${round + 1}/${ROUNDS}`);
    }

    console.log(`\n\n${COUNT} images, median of ${ROUNDS} alternating rounds:`);
    const rows: [string, Sample[]][] = [
      ["(a) baseline: sharp decode + resize 224 raw", samples.base224],
      [`(w) baseline: decode + resize ${working.width}x${working.height} raw`, samples.baseWorking],
      ["(b) importBatch, new paintings", samples.importNew],
      ["(c) importBatch re-run, all duplicates", samples.importAgain],
    ];
    for (const [name, list] of rows) {
      const rate = median(list.map((s) => s.rate));
      const cpuMs = median(list.map((s) => s.cpuMs));
      console.log(`  ${name.padEnd(46)} ${rate.toFixed(1).padStart(7)} images/s ${cpuMs.toFixed(1).padStart(7)} CPU ms/image`);
    }
    const ratio = (base: Sample[]) => median(base.map((a, i) => samples.importNew[i].rate / a.rate)).toFixed(3);
    console.log(`  ratio (b)/(a) images/s: ${ratio(samples.base224)}; (b)/(w): ${ratio(samples.baseWorking)}`);

    console.log(`\nper stage, one image at a time (CPU ms/image; libvips and file-system threads included):`);
    let total = 0;
    for (const [name, cpuMs] of await stageCosts(images, env.storage)) {
      total += cpuMs;
      console.log(`  ${name.padEnd(46)} ${cpuMs.toFixed(2).padStart(7)}`);
    }
    console.log(`  ${"sum of the stages".padEnd(46)} ${total.toFixed(2).padStart(7)} (the rest of (b): database, scheduling)`);
  } finally {
    await env.close();
  }
}

await main();
