import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { ImageRejectedError } from "@/server/images/image-error";
import { processImage } from "@/server/images/process-image";
import { decodeTrainingImage } from "@/server/images/training-tensor-input";
import { patternJpeg } from "./generate-test-images";

const solid = (background: string, size = 224) =>
  sharp({ create: { width: size, height: size, channels: 3, background } }).png().toBuffer();

describe("decodeTrainingImage", () => {
  it("gives 224*224*3 floats in [0, 1], HWC", async () => {
    const tensor = await decodeTrainingImage(await solid("#ff0080"));
    expect(tensor).toBeInstanceOf(Float32Array);
    expect(tensor.length).toBe(224 * 224 * 3);
    expect(Array.from(tensor.subarray(0, 3))).toEqual([1, 0, Math.fround(128 / 255)]);
    expect(Array.from(tensor.subarray(tensor.length - 3))).toEqual([1, 0, Math.fround(128 / 255)]);
  });

  it("decodes the stored derivative of processImage and shrinks it for the 64x64 preset", async () => {
    const { training } = await processImage(await patternJpeg(7, 800, 600));
    const full = await decodeTrainingImage(training);
    const small = await decodeTrainingImage(training, { size: 64 });
    expect(full.length).toBe(224 * 224 * 3);
    expect(small.length).toBe(64 * 64 * 3);
    expect(Math.min(...small)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...small)).toBeLessThanOrEqual(1);
  });

  it("flattens transparency onto white", async () => {
    const clear = await sharp({ create: { width: 32, height: 32, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const tensor = await decodeTrainingImage(clear, { size: 8 });
    expect(tensor.every((value) => value === 1)).toBe(true);
  });

  it("refuses undecodable bytes with image/corrupt", async () => {
    await expect(decodeTrainingImage(Buffer.from("not an image"))).rejects.toBeInstanceOf(ImageRejectedError);
    await expect(decodeTrainingImage(await solid("#000"), { size: 0 })).rejects.toThrow(RangeError);
  });
});
