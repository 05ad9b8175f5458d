import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeNormalisedCopy, normalisedSideFor } from "@/server/images/make-normalised-copy";
import { readFileFeatures } from "@/server/images/read-file-features";
import { patternImage } from "./generate-test-images";

describe("readFileFeatures", () => {
  it("reads size, format, quality, colour mode and which metadata a JPEG carries", async () => {
    const bytes = await patternImage({ seed: 1, width: 120, height: 80 })
      .withExif({ IFD0: { Software: "generator 1.0" } })
      .jpeg({ quality: 70 })
      .toBuffer();
    expect(await readFileFeatures(bytes)).toEqual({
      width: 120, height: 80, format: "jpeg", byteSize: bytes.length, jpegQuality: 70, colourMode: "srgb",
      exif: true, icc: false, xmp: false, iptc: false, text: false,
    });
  });

  it("reports a PNG's alpha and no JPEG quality", async () => {
    const bytes = await sharp({ create: { width: 10, height: 20, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }).png().toBuffer();
    expect(await readFileFeatures(bytes)).toMatchObject({ width: 10, height: 20, format: "png", jpegQuality: null, colourMode: "srgb+alpha", exif: false });
  });

  it("gives the displayed size of an EXIF-rotated upload", async () => {
    const bytes = await patternImage({ seed: 2, width: 60, height: 40 }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect(await readFileFeatures(bytes)).toMatchObject({ width: 40, height: 60 });
  });
});

describe("normalised training copies", () => {
  it("take the smallest source's short side, within 64 and the training size", () => {
    expect(normalisedSideFor([224, 160, 1024])).toBe(160);
    expect(normalisedSideFor([4000, 3000])).toBe(224);
    expect(normalisedSideFor([32, 500])).toBe(64);
    expect(normalisedSideFor([])).toBe(224);
  });

  it("come out the same kind of file whatever the upload was", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 9, g: 99, b: 199, alpha: 0.3 } } })
      .withExif({ IFD0: { Software: "x" } }).png().toBuffer();
    const jpeg = await patternImage({ seed: 3, width: 160, height: 240 }).jpeg({ quality: 55 }).toBuffer();
    for (const upload of [png, jpeg]) {
      const features = await readFileFeatures(await makeNormalisedCopy(upload, 128));
      expect(features).toMatchObject({ width: 128, height: 128, format: "jpeg", jpegQuality: 90, colourMode: "srgb", exif: false, icc: false, xmp: false, text: false });
    }
  });
});
