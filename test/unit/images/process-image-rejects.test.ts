import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { ImageRejectedError, type ImageRejectionCode } from "@/server/images/image-error";
import { processImage } from "@/server/images/process-image";
import { blackBilevelPng, patternJpeg } from "./generate-test-images";

async function rejectionOf(promise: Promise<unknown>): Promise<ImageRejectedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return error as ImageRejectedError;
}

async function expectRejected(bytes: Buffer, code: ImageRejectionCode, limits = {}) {
  const error = await rejectionOf(processImage(bytes, limits));
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

describe("processImage refusals", () => {
  it("refuses an empty file", async () => {
    await expectRejected(Buffer.alloc(0), "image/empty");
  });

  it("refuses a file over the byte limit before looking at it", async () => {
    const error = await expectRejected(await patternJpeg(1), "image/too_large_bytes", { maxBytes: 1000 });
    expect(error.message).toMatch(/limit/);
  });

  it("refuses SVG, GIF and random bytes as unsupported formats", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect/></svg>');
    expect((await expectRejected(svg, "image/unsupported_format")).message).toMatch(/SVG/);
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).gif().toBuffer();
    expect((await expectRejected(gif, "image/unsupported_format")).message).toMatch(/GIF/);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    await expectRejected(random, "image/unsupported_format");
  });

  it("refuses a JPEG cut in half as corrupt", async () => {
    const jpeg = await patternJpeg(2, 640, 480);
    await expectRejected(jpeg.subarray(0, jpeg.length >> 1), "image/corrupt");
    const progressive = await sharp(jpeg).jpeg({ progressive: true }).toBuffer();
    await expectRejected(progressive.subarray(0, progressive.length >> 1), "image/corrupt");
  });

  it("refuses a truncated PNG and a JPEG magic number followed by garbage", async () => {
    const png = await sharp(await patternJpeg(3)).png().toBuffer();
    await expectRejected(png.subarray(0, png.length >> 1), "image/corrupt");
    await expectRejected(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(500, 7)]), "image/corrupt");
  });

  it("refuses a 20000x20000 PNG bomb from its header, without decoding it", async () => {
    const bomb = blackBilevelPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const error = await expectRejected(bomb, "image/too_many_pixels");
    expect(performance.now() - started).toBeLessThan(500); // a decode would take seconds and 1.2 GB
    expect(error.message).toMatch(/20000x20000/);
  });

  it("refuses an image whose side exceeds the dimension limit", async () => {
    const strip = await sharp({ create: { width: 3000, height: 2, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    await expectRejected(strip, "image/too_many_pixels", { maxDimension: 2000 });
  });

  it("fails only the bad files of a batch, each with its reason", async () => {
    const good = await patternJpeg(4);
    const batch = [good, Buffer.alloc(0), good.subarray(0, 600), Buffer.from("<svg/>"), await patternJpeg(5)];
    const results = await Promise.allSettled(batch.map((bytes) => processImage(bytes)));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "rejected", "rejected", "fulfilled"]);
    const codes = results.map((result) => (result.status === "rejected" ? (result.reason as ImageRejectedError).code : null));
    expect(codes).toEqual([null, "image/empty", "image/corrupt", "image/unsupported_format", null]);
  });
});
