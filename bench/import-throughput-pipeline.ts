// Import throughput: the full ingestion step (processImage) against the bare minimum a training
// import needs (decode + resize to 224x224 raw), 4 images in flight. Prints figures, asserts nothing.
//   npx tsx bench/import-throughput-pipeline.ts [count]
// Rounds alternate (a), (b), (a), (b)... and medians are reported, so load from other processes
// hits both sides alike; CPU ms per image (process.cpuUsage, libvips threads included) is printed
// too, as it barely moves with machine load.
import os from "node:os";
import { pathToFileURL } from "node:url";
import sharp, { type Sharp } from "sharp";
import { encodeCleanCopy } from "@/server/images/encode-clean-copy";
import { makeDerivatives } from "@/server/images/make-derivatives";
import { processImage } from "@/server/images/process-image";
import { readImageHeader } from "@/server/images/read-image-header";
import { DEFAULT_IMAGE_LIMITS } from "@/server/images/image-limits";

const COUNT = Number(process.argv[2] ?? 60);
const SIDE = 1024;
const IN_FLIGHT = 4;
const ROUNDS = 5;

// A smooth random field (a 12x12 grid of colours upscaled bicubically) plus per-pixel noise, so
// the JPEGs are sized like photographs of paintings (a few hundred KB) rather than flat colour.
export async function makeJpeg(seed: number): Promise<Buffer> {
  let state = seed * 2654435761;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
  const grid = Buffer.from(Array.from({ length: 12 * 12 * 3 }, () => Math.floor(random() * 256)));
  const field = await sharp(grid, { raw: { width: 12, height: 12, channels: 3 } })
    .resize(SIDE, SIDE, { kernel: "cubic" })
    .raw()
    .toBuffer();
  for (let i = 0; i < field.length; i++) field[i] = Math.max(0, Math.min(255, field[i] + (random() - 0.5) * 28));
  return sharp(field, { raw: { width: SIDE, height: SIDE, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

export async function mapInFlight<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

interface Sample {
  rate: number; // images per second, wall clock
  cpuMs: number; // CPU milliseconds per image, all threads
}

async function measure(images: Buffer[], work: (bytes: Buffer) => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await mapInFlight(images, IN_FLIGHT, work);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: images.length / seconds, cpuMs: (used.user + used.system) / 1000 / images.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Work = (bytes: Buffer) => Promise<unknown>;
const decodeFor = (build: (pipeline: Sharp) => Promise<unknown>): Work => (bytes) =>
  build(sharp(bytes, { autoOrient: true, failOn: "error" }));

const cases: Record<string, Work> = {
  "(a) baseline: decode + resize 224 raw": (bytes) =>
    sharp(bytes).resize(224, 224, { fit: "fill" }).removeAlpha().raw().toBuffer(),
  "(b) processImage": (bytes) => processImage(bytes),
  "    (no longer at import) clean full-size copy, made on demand": async (bytes) => {
    const header = await readImageHeader(bytes, "jpeg", DEFAULT_IMAGE_LIMITS);
    return encodeCleanCopy(sharp(bytes, { autoOrient: true, failOn: "error" }), { format: "jpeg", bytes, header });
  },
  "    part: thumbnail + training + phash": decodeFor((pipeline) => makeDerivatives(pipeline, { width: SIDE, height: SIDE })),
};

async function main() {
  console.log(
    `sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), ${os.cpus().length} CPUs, ` +
      `load average ${os.loadavg()[0].toFixed(2)}, sharp.concurrency=${sharp.concurrency()}`,
  );
  process.stdout.write(`generating ${COUNT} ${SIDE}x${SIDE} JPEGs `);
  const images: Buffer[] = [];
  for (let i = 0; i < COUNT; i++) {
    images.push(await makeJpeg(i + 1));
    if (i % 10 === 9) process.stdout.write(".");
  }
  const meanKb = images.reduce((sum, image) => sum + image.length, 0) / images.length / 1024;
  console.log(` mean ${meanKb.toFixed(0)} KB`);

  const samples = new Map<string, Sample[]>(Object.keys(cases).map((name) => [name, []]));
  for (const work of Object.values(cases)) await mapInFlight(images.slice(0, 8), IN_FLIGHT, work); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, work] of Object.entries(cases)) samples.get(name)!.push(await measure(images, work));
    process.stdout.write(`\rround ${round + 1}/${ROUNDS}`);
  }

  console.log(`\n\n${COUNT} images, ${IN_FLIGHT} in flight, median of ${ROUNDS} alternating rounds:`);
  for (const [name, list] of samples) {
    const rate = median(list.map((sample) => sample.rate));
    const cpuMs = median(list.map((sample) => sample.cpuMs));
    console.log(`  ${name.padEnd(40)} ${rate.toFixed(1).padStart(7)} images/s ${cpuMs.toFixed(1).padStart(7)} CPU ms/image`);
  }
  const a = samples.get("(a) baseline: decode + resize 224 raw")!;
  const b = samples.get("(b) processImage")!;
  const wallRatio = median(a.map((sample, i) => b[i].rate / sample.rate));
  const cpuRatio = median(a.map((sample, i) => b[i].cpuMs / sample.cpuMs));
  console.log(`  ratio (b)/(a) images/s: ${wallRatio.toFixed(3)}; processImage uses ${cpuRatio.toFixed(1)}x the baseline's CPU`);
}

// Run when invoked, not when bench/import-throughput.ts borrows the generator.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
