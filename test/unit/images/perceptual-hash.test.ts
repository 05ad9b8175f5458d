import { describe, expect, it } from "vitest";
import sharp from "sharp";
import {
  hashGrayscale32,
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
