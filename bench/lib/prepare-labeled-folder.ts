// Writes a labeled folder (<out>/human, <out>/ai) from two folders of a git snapshot, every image
// decoded and re-encoded with the same sharp settings. Public AI-art sets often differ by class
// in how they were saved (one set: JPEG quality ~70 for AI, ~90 for human), and a classifier
// learns the encoder instead of the painting. Shrinking to `size` moves the 8x8 JPEG grid and
// one shared quality leaves both classes with the same compression traces.
// Run: npx tsx bench/lib/prepare-labeled-folder.ts --repo <git dir> --human <path> --ai <path>
//        --out /work/data/<name> [--limit N per class] [--size 448] [--quality 85] [--seed 1]
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { seededRandom, seededShuffle } from "@/core/random/seeded-random";

const run = promisify(execFile);

function option(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

async function listBlobs(repo: string, folder: string): Promise<{ id: string; name: string }[]> {
  const { stdout } = await run("git", ["-C", repo, "ls-tree", "HEAD", `${folder.replace(/\/$/, "")}/`], { maxBuffer: 1 << 28 });
  return stdout.trim().split("\n").flatMap((line) => {
    const [meta, file] = line.split("\t");
    const [, type, id] = meta!.split(" ");
    return type === "blob" && /\.(jpe?g|png|webp)$/i.test(file!) ? [{ id: id!, name: path.basename(file!) }] : [];
  });
}

async function main() {
  const repo = option("repo");
  const out = option("out");
  const limit = Number(option("limit", "0"));
  const size = Number(option("size", "448"));
  const quality = Number(option("quality", "85"));
  const seed = Number(option("seed", "1"));
  for (const label of ["human", "ai"] as const) {
    const blobs = seededShuffle(await listBlobs(repo, option(label)), seededRandom(seed));
    const picked = limit > 0 ? blobs.slice(0, limit) : blobs;
    const dir = path.join(out, label);
    fs.mkdirSync(dir, { recursive: true });
    let next = 0;
    const lane = async () => {
      while (next < picked.length) {
        const blob = picked[next++]!;
        const { stdout } = await run("git", ["-C", repo, "cat-file", "blob", blob.id], { encoding: "buffer", maxBuffer: 1 << 26 });
        const bytes = await sharp(stdout)
          .resize(size, size, { fit: "inside", withoutEnlargement: true })
          .jpeg({ quality, chromaSubsampling: "4:2:0" })
          .toBuffer();
        fs.writeFileSync(path.join(dir, `${blob.id.slice(0, 12)}.jpg`), bytes);
      }
    };
    await Promise.all(Array.from({ length: 4 }, lane));
    console.log(`${label}: ${picked.length} images -> ${dir}`);
  }
}

await main();
