import sharp from "sharp";
import { ImageRejectedError } from "./image-error";
import { readImageLimits } from "./image-limits";
import { resizeForTraining, TRAINING_SIZE } from "./resize-for-training";

/**
 * Decodes a stored training derivative (or any image) to size*size*3 bytes, row-major HWC RGB.
 * `size` below 224 shrinks the stored 224 PNG through the same resize as ingestion. Bytes, not
 * floats: a quarter of the memory while a batch waits to be cropped (worker/data/crop-image.ts).
 */
export async function decodeTrainingPixels(bytes: Uint8Array, { size = TRAINING_SIZE }: { size?: number } = {}): Promise<Uint8Array> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
  let data: Buffer;
  try {
    const pipeline = sharp(bytes, {
      autoOrient: true,
      failOn: "error",
      limitInputPixels: readImageLimits().maxPixels,
    });
    data = await resizeForTraining(pipeline, size).raw().toBuffer();
  } catch (error) {
    throw new ImageRejectedError("image/corrupt", "The training image could not be decoded.", { cause: error });
  }
  if (data.length !== size * size * 3) {
    throw new ImageRejectedError("image/corrupt", `Expected ${size}x${size}x3 pixels, got ${data.length} values.`);
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/** The network's input: size*size*3 floats in [0, 1], row-major HWC (tfjs NHWC without the batch axis). */
export async function decodeTrainingImage(bytes: Uint8Array, { size = TRAINING_SIZE }: { size?: number } = {}): Promise<Float32Array> {
  const data = await decodeTrainingPixels(bytes, { size });
  const tensor = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) tensor[i] = data[i]! / 255;
  return tensor;
}
