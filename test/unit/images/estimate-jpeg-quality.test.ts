import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { estimateJpegQuality, ijgLuminanceTable, readLuminanceTable } from "@/server/images/estimate-jpeg-quality";
import { patternJpeg } from "./generate-test-images";

describe("estimateJpegQuality", () => {
  it.each([50, 70, 90])("reads quality %i back from a JPEG sharp encoded at it", async (quality) => {
    const bytes = await patternJpeg(quality, 96, 64, quality);
    expect(estimateJpegQuality(bytes)).toEqual({ quality, exact: true });
  });

  it("tells qualities apart that a file-size guess would confuse", async () => {
    const [low, high] = await Promise.all([patternJpeg(1, 64, 64, 71), patternJpeg(1, 64, 64, 72)]);
    expect(estimateJpegQuality(low)?.quality).toBe(71);
    expect(estimateJpegQuality(high)?.quality).toBe(72);
  });

  it("scales the Annex K table the way libjpeg does at 50 (unscaled) and 25 (doubled)", () => {
    expect(ijgLuminanceTable(50).slice(0, 8)).toEqual([16, 11, 10, 16, 24, 40, 51, 61]);
    expect(ijgLuminanceTable(25).slice(0, 4)).toEqual([32, 22, 20, 32]);
  });

  it("gives the nearest quality, not exact, for a table no IJG quality makes", async () => {
    const bytes = Buffer.from(await patternJpeg(3, 64, 64, 80));
    const table = readLuminanceTable(bytes)!;
    // Find the DQT payload and nudge one entry, as a custom encoder would.
    const dqt = bytes.indexOf(Buffer.from([0xff, 0xdb]));
    bytes[dqt + 5 + 10] = bytes[dqt + 5 + 10]! + 1;
    expect(readLuminanceTable(bytes)).not.toEqual(table);
    expect(estimateJpegQuality(bytes)).toEqual({ quality: 80, exact: false });
  });

  it("answers null for PNG and for truncated JPEG headers", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#808080" } }).png().toBuffer();
    expect(estimateJpegQuality(png)).toBeNull();
    const jpeg = await patternJpeg(4, 32, 32, 60);
    expect(estimateJpegQuality(jpeg.subarray(0, 30))).toBeNull();
  });
});
