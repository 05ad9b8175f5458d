// Every file under a folder, recursively, as lazily read batch items named by their path relative
// to the folder. Symbolic links are not followed (a link could leave the folder or loop), and a
// file bigger than the image byte limit is refused without reading it.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { BatchItemError, type BatchItem } from "@/server/services/paintings/batch-item";
import { isIgnoredPath } from "./infer-label";

export type SourceListing = { items: BatchItem[]; skipped: string[]; close: () => Promise<void> };

export async function listFolderItems(root: string, { maxBytes }: { maxBytes: number }): Promise<SourceListing> {
  const items: BatchItem[] = [];
  const skipped: string[] = [];
  // A walk of our own rather than readdir's `recursive`, whose entries lack parentPath before
  // Node 20.12.
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      const name = path.relative(root, absolute).split(path.sep).join("/");
      if (isIgnoredPath(name) || !(entry.isDirectory() || entry.isFile())) skipped.push(name);
      else if (entry.isDirectory()) await walk(absolute);
      else items.push({ name, read: () => readWithin(absolute, maxBytes) });
    }
  };
  await walk(root);
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { items, skipped, close: async () => {} };
}

async function readWithin(file: string, maxBytes: number): Promise<Buffer> {
  const { size } = await stat(file);
  if (size > maxBytes) {
    throw new BatchItemError("image/too_large_bytes", `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB.`);
  }
  return readFile(file);
}
