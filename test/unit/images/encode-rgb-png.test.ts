import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { encodeRgbPng } from "@/server/images/encode-rgb-png";
import { patternPixels } from "./generate-test-images";

describe("encodeRgbPng", () => {
  it("is lossless: libvips decodes exactly the pixels it was given", async () => {
    for (const [width, height] of [[224, 224], [1, 1], [37, 5]]) {
      const pixels = patternPixels({ seed: width + height, width, height });
      const png = await encodeRgbPng(pixels, width, height);
      const decoded = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([decoded.info.format, decoded.info.width, decoded.info.height, decoded.info.channels]).toEqual(["raw", width, height, 3]);
      expect(decoded.data.equals(pixels)).toBe(true);
    }
  });

  it("compresses a painting-like image below its raw size", async () => {
    const pixels = patternPixels({ seed: 3, width: 224, height: 224 });
    const png = await encodeRgbPng(pixels, 224, 224);
    expect(png.length).toBeLessThan(pixels.length * 0.9);
  });

  it("refuses a buffer that does not hold width x height RGB pixels", async () => {
    await expect(encodeRgbPng(Buffer.alloc(10), 2, 2)).rejects.toThrow(/not 2x2 RGB/);
  });
});
