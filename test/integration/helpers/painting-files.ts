// Image files for ingestion tests, generated with sharp (deterministic from a seed), and a blob
// store in a temporary directory that counts writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import type { BlobStorage } from "@/server/storage/storage";
import { patternImage, patternJpeg } from "../../unit/images/generate-test-images";

export { patternJpeg };

export const patternPng = (seed: number, width = 200, height = 150) => patternImage({ seed, width, height }).png().toBuffer();
export const patternWebp = (seed: number, width = 320, height = 240) => patternImage({ seed, width, height }).webp({ quality: 85 }).toBuffer();

/** The same picture at another size and quality: a near-duplicate, never an exact one. */
export const resizedCopy = (jpeg: Buffer, width: number) => sharp(jpeg).resize({ width }).jpeg({ quality: 75 }).toBuffer();

export const corruptJpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(800, 7)]);
export const svgFile = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect/></svg>');

export type CountingStorage = BlobStorage & { puts: string[]; root: string };

export function tempStorage(): CountingStorage {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-storage-"));
  const inner = createLocalDiskStorage({ rootDir: root });
  const puts: string[] = [];
  return {
    ...inner,
    puts,
    root,
    put: (key, data, contentType) => {
      puts.push(key);
      return inner.put(key, data, contentType);
    },
  };
}
