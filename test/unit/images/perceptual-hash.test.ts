import { describe, expect, it } from "vitest";
import sharp from "sharp";
import {
  hashGrayscale32,
  hashTrainingPixels,
  NEAR_DUPLICATE_MAX_DISTANCE,
  perceptualHash,
} from "@/server/images/perceptual-hash";
import { patternImage } from "./generate-test-images";

// The product compares hashes in PostgreSQL (bit_count of the xor, link-near-duplicates.ts); the
// tests measure them here the same way.
function hammingDistance(a: string, b: string): number {
  expect(a).toMatch(/^[0-9a-f]{16}$/);
  expect(b).toMatch(/^[0-9a-f]{16}$/);
  return [...(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)).toString(2)].filter((bit) => bit === "1").length;
}

describe("hashGrayscale32", () => {
  it("sets only the DC bit for a flat grey image", () => {
    // Every AC coefficient is 0 up to rounding noise, which must not set bits; only DC exceeds it.
    expect(hashGrayscale32(new Array(1024).fill(128))).toBe("8000000000000000");
    expect(hashGrayscale32(new Array(1024).fill(0))).toBe("0000000000000000");
  });

  it("flips every AC bit but the median's when the image is inverted", () => {
    // Inverting negates each AC coefficient and the median with them: all 63 comparisons flip
    // except the median coefficient itself (equal, so 0 both times); DC stays positive.
    const pixels = Array.from({ length: 1024 }, (_, i) => (i * 37 + ((i * i) % 97)) % 256);
    const inverted = pixels.map((value) => 255 - value);
    expect(hammingDistance(hashGrayscale32(pixels), hashGrayscale32(inverted))).toBe(62);
  });

  it("needs exactly 32x32 pixels", () => {
    expect(() => hashGrayscale32(new Array(1000).fill(0))).toThrow(RangeError);
  });
});

describe("hashTrainingPixels", () => {
  it("is hashGrayscale32 of the 7x7 block means of the pixels' luma", () => {
    // Grey pixels (R = G = B) have that value as luma; blocks of one value average to it.
    const grid = Array.from({ length: 1024 }, (_, i) => (i * 37 + ((i * i) % 97)) % 256);
    const rgb = new Uint8Array(224 * 224 * 3);
    for (let y = 0; y < 224; y++) {
      for (let x = 0; x < 224; x++) rgb.fill(grid[Math.floor(y / 7) * 32 + Math.floor(x / 7)], (y * 224 + x) * 3, (y * 224 + x) * 3 + 3);
    }
    expect(hashTrainingPixels(rgb)).toBe(hashGrayscale32(grid));
    // Rec. 601 weights: pure red 255 is luma 76.245, as the block it fills.
    const red = new Uint8Array(224 * 224 * 3).map((_, i) => (i % 3 === 0 ? 255 : 0));
    expect(hashTrainingPixels(red)).toBe(hashGrayscale32(new Array(1024).fill(0.299 * 255)));
  });

  it("needs size x size x 3 values with size a multiple of 32", () => {
    expect(() => hashTrainingPixels(new Uint8Array(224 * 224))).toThrow(RangeError);
    expect(() => hashTrainingPixels(new Uint8Array(100 * 100 * 3), 100)).toThrow(RangeError);
    expect(hashTrainingPixels(new Uint8Array(64 * 64 * 3).fill(128), 64)).toBe("8000000000000000");
  });
});

describe("perceptualHash", () => {
  const source = () => patternImage({ seed: 21, width: 640, height: 480 });

  it("links copies that were resized, re-encoded or brightened", async () => {
    const png = await source().png().toBuffer();
    const hash = await perceptualHash(png);
    expect(await perceptualHash(png)).toBe(hash);
    const copies = {
      resized: await source().resize(300).png().toBuffer(),
      jpegQ60: await source().jpeg({ quality: 60 }).toBuffer(),
      brightened: await source().modulate({ brightness: 1.08 }).png().toBuffer(),
      webpThumbnail: await source().resize(320).webp({ quality: 70 }).toBuffer(),
    };
    for (const [name, bytes] of Object.entries(copies)) {
      const distance = hammingDistance(hash, await perceptualHash(bytes));
      expect(distance, name).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_DISTANCE);
    }
  });

  it("keeps unrelated images far apart", async () => {
    const hashes = await Promise.all(
      [31, 32, 33, 34].map(async (seed) => perceptualHash(await patternImage({ seed, width: 400, height: 400 }).png().toBuffer())),
    );
    for (let i = 0; i < hashes.length; i++) {
      for (let j = i + 1; j < hashes.length; j++) {
        expect(hammingDistance(hashes[i], hashes[j])).toBeGreaterThan(2 * NEAR_DUPLICATE_MAX_DISTANCE);
      }
    }
  });

  it("hashes an orientation-tagged file like its upright copy", async () => {
    const upright = await source().rotate(90).png().toBuffer();
    const tagged = await source().withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    expect(hammingDistance(await perceptualHash(upright), await perceptualHash(tagged))).toBeLessThanOrEqual(2);
  });

  it("accepts a sharp pipeline", async () => {
    const png = await source().png().toBuffer();
    expect(await perceptualHash(sharp(png))).toBe(await perceptualHash(png));
  });
});
