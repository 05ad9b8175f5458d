import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

// Test inputs are generated, not checked in: deterministic from a seed, and sized like the case
// under test. Patterns are sums of random low-frequency waves plus noise, so they compress and
// hash like photographs of paintings rather than flat colour.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function patternPixels({ seed, width, height, noise = 12 }: {
  seed: number;
  width: number;
  height: number;
  noise?: number;
}): Buffer {
  const random = mulberry32(seed);
  const waves = Array.from({ length: 6 }, () => ({
    fx: (random() * 6 + 0.5) / width,
    fy: (random() * 6 + 0.5) / height,
    phase: random() * Math.PI * 2,
    weights: [random() - 0.5, random() - 0.5, random() - 0.5],
  }));
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let value = 128;
        for (const wave of waves) {
          value += 90 * wave.weights[c] * Math.sin(2 * Math.PI * (wave.fx * x + wave.fy * y) + wave.phase);
        }
        value += (random() - 0.5) * noise;
        pixels[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(value)));
      }
    }
  }
  return pixels;
}

export function patternImage(options: { seed: number; width: number; height: number; noise?: number }) {
  const { width, height } = options;
  return sharp(patternPixels(options), { raw: { width, height, channels: 3 } });
}

export function patternJpeg(seed: number, width = 320, height = 240, quality = 90): Promise<Buffer> {
  return patternImage({ seed, width, height }).jpeg({ quality }).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid 1-bit greyscale PNG of all-black pixels. At 20000x20000 it is about 50 KB on disk and
 * 1.2 GB once decoded to RGB: a decompression bomb built by hand, so making it costs no decoding.
 */
export function blackBilevelPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * height); // filter byte 0 + zero bits
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
