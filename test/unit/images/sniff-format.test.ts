import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { describeUnsupportedFormat, isLosslessWebp, sniffFormat } from "@/server/images/sniff-format";

const square = () => sharp({ create: { width: 16, height: 16, channels: 3, background: "#c04020" } });

describe("sniffFormat", () => {
  it("recognises JPEG, PNG and WebP from their bytes", async () => {
    expect(sniffFormat(await square().jpeg().toBuffer())).toBe("jpeg");
    expect(sniffFormat(await square().png().toBuffer())).toBe("png");
    expect(sniffFormat(await square().webp().toBuffer())).toBe("webp");
    expect(sniffFormat(await square().webp({ lossless: true }).toBuffer())).toBe("webp");
    expect(sniffFormat(await square().ensureAlpha(0.5).webp().toBuffer())).toBe("webp"); // VP8X
  });

  it("refuses other image formats sharp could open", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(sniffFormat(svg)).toBeNull();
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(sniffFormat(await square().gif().toBuffer())).toBeNull();
    expect(sniffFormat(await square().tiff().toBuffer())).toBeNull();
    expect(sniffFormat(await square().avif().toBuffer())).toBeNull();
  });

  it("refuses short, empty and look-alike buffers", () => {
    expect(sniffFormat(new Uint8Array())).toBeNull();
    expect(sniffFormat(Uint8Array.of(0xff, 0xd8))).toBeNull();
    expect(sniffFormat(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffFormat(Buffer.from("RIFF\0\0\0\0WEBPJUNK"))).toBeNull();
    expect(sniffFormat(Buffer.from("image.jpg"))).toBeNull();
  });
});

describe("describeUnsupportedFormat", () => {
  it("names common formats for the rejection message", async () => {
    expect(describeUnsupportedFormat(await square().gif().toBuffer())).toBe("a GIF");
    expect(describeUnsupportedFormat(await square().tiff().toBuffer())).toBe("a TIFF");
    expect(describeUnsupportedFormat(await square().avif().toBuffer())).toBe("a HEIF/AVIF");
    expect(describeUnsupportedFormat(Buffer.from("  <svg></svg>"))).toBe("an SVG/XML document");
    expect(describeUnsupportedFormat(Buffer.from([1, 2, 3]))).toBe("an unrecognised file");
  });
});

describe("isLosslessWebp", () => {
  it("finds the bitstream kind even behind VP8X and ALPH chunks", async () => {
    expect(isLosslessWebp(await square().webp({ lossless: true }).toBuffer())).toBe(true);
    expect(isLosslessWebp(await square().ensureAlpha(0.5).webp({ lossless: true }).toBuffer())).toBe(true);
    expect(isLosslessWebp(await square().webp({ quality: 80 }).toBuffer())).toBe(false);
    expect(isLosslessWebp(await square().ensureAlpha(0.5).webp({ quality: 80 }).toBuffer())).toBe(false);
  });
});
