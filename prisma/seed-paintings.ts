// Demo paintings for the quick start, drawn procedurally so nothing is checked in: "human" ones
// are layered brush strokes with canvas grain, "AI" ones smooth, symmetric colour fields. They go
// through the real import (sharp pipeline, storage, near-duplicate links); a few arrive with known
// labels, one as a resized copy to show a near-duplicate. Deterministic, so a re-run finds them
// all as duplicates.
import sharp from "sharp";
import type { Db } from "../server/db/client";
import { importPainting } from "../server/services/paintings/import-painting";
import type { BlobStorage } from "../server/storage/storage";

const SIDE = 320;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function brushStrokes(seed: number): Buffer {
  const rand = random(seed);
  const pixels = Buffer.alloc(SIDE * SIDE * 3);
  const palette = Array.from({ length: 5 }, () => [rand() * 255, rand() * 255, rand() * 255]);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 200 + rand() * 30; // canvas with grain
  for (let stroke = 0; stroke < 260; stroke++) {
    const [r, g, b] = palette[Math.floor(rand() * palette.length)];
    let x = rand() * SIDE, y = rand() * SIDE, angle = rand() * Math.PI * 2;
    const width = 2 + rand() * 5;
    for (let step = 0; step < 40; step++) {
      angle += (rand() - 0.5) * 0.3; // a hand wobbles
      x += Math.cos(angle) * 1.5;
      y += Math.sin(angle) * 1.5;
      for (let dy = -width; dy <= width; dy++) {
        for (let dx = -width; dx <= width; dx++) {
          const px = Math.round(x + dx), py = Math.round(y + dy);
          if (px < 0 || py < 0 || px >= SIDE || py >= SIDE || dx * dx + dy * dy > width * width) continue;
          const at = (py * SIDE + px) * 3, bristle = (rand() - 0.5) * 40;
          pixels[at] = Math.max(0, Math.min(255, r + bristle));
          pixels[at + 1] = Math.max(0, Math.min(255, g + bristle));
          pixels[at + 2] = Math.max(0, Math.min(255, b + bristle));
        }
      }
    }
  }
  return pixels;
}

function smoothSymmetry(seed: number): Buffer {
  const rand = random(seed);
  const pixels = Buffer.alloc(SIDE * SIDE * 3);
  const folds = 3 + Math.floor(rand() * 5), rings = 4 + rand() * 8, phase = [rand() * 6, rand() * 6, rand() * 6];
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const dx = x / SIDE - 0.5, dy = y / SIDE - 0.5;
      const radius = Math.hypot(dx, dy), theta = Math.atan2(dy, dx);
      const wave = Math.sin(radius * rings * Math.PI * 2 + Math.cos(theta * folds) * 1.5);
      for (let c = 0; c < 3; c++) pixels[(y * SIDE + x) * 3 + c] = 128 + 110 * Math.sin(wave * 1.4 + phase[c] + radius * 3);
    }
  }
  return pixels;
}

const jpeg = (pixels: Buffer) => sharp(pixels, { raw: { width: SIDE, height: SIDE, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();

type DemoFile = { name: string; bytes: () => Promise<Buffer>; knownLabel?: string; asGold?: boolean };

// Names and order say nothing about the class: annotators label the demo blind too.
function demoFiles(): DemoFile[] {
  const human = Array.from({ length: 12 }, (_, i): Omit<DemoFile, "name"> => ({
    bytes: () => jpeg(brushStrokes(1000 + i)),
    ...(i < 2 ? { knownLabel: "HUMAN" } : i === 2 ? { knownLabel: "HUMAN", asGold: true } : {}),
  }));
  const ai = Array.from({ length: 11 }, (_, i): Omit<DemoFile, "name"> => ({
    bytes: () => jpeg(smoothSymmetry(2000 + i)),
    ...(i < 2 ? { knownLabel: "AI" } : i === 2 ? { knownLabel: "AI", asGold: true } : {}),
  }));
  // A smaller, rougher copy of one of the others: linked to it as a near-duplicate.
  const copy = { bytes: async () => sharp(await jpeg(brushStrokes(1003))).resize(200).jpeg({ quality: 70 }).toBuffer() };
  const files = [...human.flatMap((file, i) => (ai[i] ? [file, ai[i]] : [file])), copy];
  return files.map((file, i) => ({ ...file, name: `demo/painting-${String(i + 1).padStart(2, "0")}.jpg` }));
}

export const DEMO_PAINTING_COUNT = 24;

export async function seedDemoPaintings(db: Db, storage: BlobStorage, projectId: string): Promise<void> {
  for (const file of demoFiles()) {
    await importPainting(db, storage, {
      projectId, bytes: await file.bytes(), originalName: file.name, source: "IMPORT", knownLabel: file.knownLabel, asGold: file.asGold,
    });
  }
}
