// Peak memory of the training data path at two dataset sizes: it must not grow with the
// dataset. N synthetic 224x224 PNG paintings go to local disk storage; a child process per size
// then runs one epoch of the real path (trainingSource -> prefetchBatches -> the tiny preset's
// forward pass) and one evaluation pass (evaluationSource, the covering grid of windows), and
// reports its peak RSS. The images are not trained on: the point is what the data path holds.
// Run: node --import tsx bench/streaming-memory.ts [--sizes 2000,20000]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";

const DISTINCT = 64;
const CHILD = path.join(import.meta.dirname, "lib", "stream-snapshot-epoch.ts");

async function writePaintings(rootDir: string, count: number): Promise<void> {
  const storage = createLocalDiskStorage({ rootDir });
  // A few distinct noisy paintings, each stored under many keys: every key is its own file that
  // the epoch reads and decodes, as a real snapshot's would be.
  const images = await Promise.all(Array.from({ length: DISTINCT }, (_, i) => {
    const noise = Buffer.from(Array.from({ length: 224 * 224 * 3 }, (_, p) => (p * 7919 + i * 104729) % 251));
    return sharp(noise, { raw: { width: 224, height: 224, channels: 3 } }).png().toBuffer();
  }));
  for (let start = 0; start < count; start += 256) {
    await Promise.all(Array.from({ length: Math.min(256, count - start) }, (_, k) =>
      storage.put(`bench/${start + k}.png`, images[(start + k) % DISTINCT]!, "image/png")));
  }
}

const sizesArg = process.argv.indexOf("--sizes");
const sizes = (sizesArg >= 0 ? process.argv[sizesArg + 1]! : "2000,20000").split(",").map(Number);
const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), "streaming-memory-"));
try {
  const started = performance.now();
  await writePaintings(rootDir, Math.max(...sizes));
  console.log(`wrote ${Math.max(...sizes)} paintings (224x224 PNG) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const results = sizes.map((n) => {
    const output = execFileSync(process.execPath, ["--import", "tsx", CHILD, rootDir, String(n)], { encoding: "utf8", env: { ...process.env, TFJS_BACKEND: "wasm" } });
    const line = output.split("\n").find((l) => l.startsWith("RESULT "))!;
    const result = JSON.parse(line.slice(7)) as { n: number; peakRssMb: number; seconds: number; imagesPerSecond: number };
    console.log(`${n} paintings: peak RSS ${result.peakRssMb.toFixed(0)} MB, ${result.seconds.toFixed(0)} s, ${result.imagesPerSecond.toFixed(0)} images/s ` +
      `(the whole split as 224 px floats would be ${((n * 224 * 224 * 3 * 4) / 2 ** 20).toFixed(0)} MB)`);
    return result;
  });
  const [low, high] = [Math.min(...results.map((r) => r.peakRssMb)), Math.max(...results.map((r) => r.peakRssMb))];
  console.log(`largest / smallest peak RSS: ${(high / low).toFixed(2)} (must stay under 1.30)`);
} finally {
  fs.rmSync(rootDir, { recursive: true, force: true });
}
