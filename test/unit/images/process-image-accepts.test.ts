import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { makeLargeCopy } from "@/server/images/make-large-copy";
import { processImage, THUMBNAIL_MAX_SIDE } from "@/server/images/process-image";
import { patternImage } from "./generate-test-images";

const pattern = (width = 400, height = 300) => patternImage({ seed: 11, width, height });

async function expectStripped(buffer: Buffer) {
  const metadata = await sharp(buffer).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(metadata.orientation).toBeUndefined();
  expect(metadata.icc).toBeUndefined();
  expect(metadata.xmp).toBeUndefined();
  expect(metadata.iptc).toBeUndefined();
  expect(metadata.comments ?? []).toEqual([]);
  return metadata;
}

describe("processImage", () => {
  it.each(["jpeg", "png", "webp"] as const)("accepts a %s and produces every derivative", async (format) => {
    const bytes = await pattern().toFormat(format).toBuffer();
    const image = await processImage(bytes);
    expect(image).toMatchObject({ format, width: 400, height: 300, byteSize: bytes.length });
    expect(image.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(image.phash).toMatch(/^[0-9a-f]{16}$/);
    expect((await sharp(image.original).metadata()).format).toBe(format);
    const thumbnail = await sharp(image.thumbnail).metadata();
    expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(["jpeg", THUMBNAIL_MAX_SIDE, 240]);
  });

  it("produces a training derivative of exactly 224x224x3 8-bit, whatever the input", async () => {
    const inputs = [
      await pattern(1000, 200).jpeg().toBuffer(),
      await pattern().toColourspace("b-w").png().toBuffer(),
      await pattern().ensureAlpha(0.3).webp().toBuffer(),
      await pattern().toColourspace("rgb16").png().toBuffer(),
      await pattern(100, 60).png().toBuffer(), // enlarged, not padded
    ];
    for (const bytes of inputs) {
      const { training } = await processImage(bytes);
      expect((await sharp(training).metadata()).format).toBe("png");
      const { data, info } = await sharp(training).raw().toBuffer({ resolveWithObject: true });
      // A 16-bit or alpha result would give more bytes than 224 * 224 * 3.
      expect([info.width, info.height, info.channels, data.length]).toEqual([224, 224, 3, 224 * 224 * 3]);
    }
  });

  it("keeps the upload byte for byte, and applies EXIF orientation 6 and strips EXIF, ICC and orientation from every copy", async () => {
    // Stored 200x100 with the left half red; orientation 6 displays it rotated 90 degrees
    // clockwise, 100x200 with red on top.
    const halves = sharp({ create: { width: 200, height: 100, channels: 3, background: "#0000ff" } }).composite([
      { input: { create: { width: 100, height: 100, channels: 3, background: "#ff0000" } }, left: 0, top: 0 },
    ]);
    const tagged = await sharp(await halves.png().toBuffer())
      .withIccProfile("p3")
      .withExif({ IFD0: { Artist: "Someone", Copyright: "GPS and all" } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect([before.orientation, Boolean(before.exif), before.hasProfile]).toEqual([6, true, true]);

    const image = await processImage(tagged);
    expect([image.width, image.height]).toEqual([100, 200]);
    // The evidence stays as uploaded: same bytes, same SHA-256, metadata and all.
    expect(image.original.equals(tagged)).toBe(true);
    const large = await expectStripped(await makeLargeCopy(image.original));
    expect([large.width, large.height]).toEqual([100, 200]);
    const thumbnail = await expectStripped(image.thumbnail);
    expect([thumbnail.width, thumbnail.height]).toEqual([100, 200]);
    await expectStripped(image.training);

    const { data } = await sharp(image.training).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * 224 + x) * 3, (y * 224 + x) * 3 + 3));
    expect(pixel(112, 20)[0]).toBeGreaterThan(200); // top is red
    expect(pixel(112, 204)[2]).toBeGreaterThan(200); // bottom is blue
  });

  it.each([
    ["PNG", () => pattern().png().toBuffer()],
    ["lossless WebP", () => pattern().webp({ lossless: true }).toBuffer()],
  ])("keeps the large copy of a %s lossless", async (_, encode) => {
    const bytes = await encode();
    const large = await makeLargeCopy(bytes);
    const [a, b] = await Promise.all([sharp(bytes).raw().toBuffer(), sharp(large).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);
  });

  it("re-encodes the large copy of a JPEG close to the upload, keeping 4:4:4 chroma when the upload had it", async () => {
    const bytes = await pattern().jpeg({ quality: 95, chromaSubsampling: "4:4:4" }).toBuffer();
    const large = await makeLargeCopy(bytes);
    expect((await sharp(large).metadata()).chromaSubsampling).toBe("4:4:4");
    const [a, b] = await Promise.all([sharp(bytes).raw().toBuffer(), sharp(large).raw().toBuffer()]);
    const meanError = a.reduce((sum, value, i) => sum + Math.abs(value - b[i]), 0) / a.length;
    expect(meanError).toBeLessThan(2);
  });
});
