// Copies a seeded, class-balanced sample of a labeled folder (<dir>/human, <dir>/ai) into a
// temporary folder of the same shape, so a bench can import "--limit N" paintings through the
// product's own folder import instead of a path of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seededRandom, seededShuffle } from "@/core/random/seeded-random";

export const LABEL_FOLDERS = ["human", "ai"] as const;

/** Returns the folder to import and how many files each class got. `limit` 0 takes everything. */
export function stageLabeledSample(dir: string, { limit, seed }: { limit: number; seed: number }): { folder: string; counts: Record<string, number> } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "real-paintings-"));
  const counts: Record<string, number> = {};
  for (const label of LABEL_FOLDERS) {
    const from = path.join(dir, label);
    if (!fs.existsSync(from)) throw new Error(`${from} does not exist; the folder needs human/ and ai/ subfolders`);
    const files = fs.readdirSync(from).filter((name) => !name.startsWith(".")).sort();
    const picked = limit > 0 ? seededShuffle(files, seededRandom(seed)).slice(0, Math.ceil(limit / LABEL_FOLDERS.length)) : files;
    fs.mkdirSync(path.join(folder, label));
    for (const name of picked) fs.copyFileSync(path.join(from, name), path.join(folder, label, name));
    counts[label] = picked.length;
  }
  return { folder, counts };
}
