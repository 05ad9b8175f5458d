import sharp, { type Sharp } from "sharp";
import { AppError } from "@/server/errors";
import { resizeForTraining, TRAINING_SIZE } from "./resize-for-training";

// Hashes at or below this Hamming distance are linked as near-duplicates. In the unit tests a
// resized, a JPEG-q60 and a brightened copy stay well under it, while unrelated images land near
// 32 (half the bits), so 8 leaves margin on both sides.
export const NEAR_DUPLICATE_MAX_DISTANCE = 8;

const SIDE = 32;
const BLOCK = 8;

// cos(pi * (2x + 1) * u / 64) for the 8 lowest frequencies u. The DCT is left unnormalised (one
// scale for every coefficient, as scipy's default DCT-II used by Python's imagehash), which does
// not change any comparison against the median.
const COSINES: Float64Array[] = Array.from({ length: BLOCK }, (_, u) =>
  Float64Array.from({ length: SIDE }, (_, x) => Math.cos((Math.PI * (2 * x + 1) * u) / (2 * SIDE))),
);

/**
 * DCT perceptual hash of 32x32 greyscale pixels (row-major): the top-left 8x8 block of the 2D
 * DCT-II, each coefficient compared with the median of the 63 non-DC coefficients. The DC term is
 * left out of the median because it is the image's overall brightness, orders of magnitude larger
 * than the rest; its bit (the most significant) is therefore 1 for any image that is not black.
 * Bits are row-major (vertical frequency, then horizontal), most significant first, as 16 hex chars.
 */
export function hashGrayscale32(pixels: ArrayLike<number>): string {
  if (pixels.length !== SIDE * SIDE) {
    throw new RangeError(`hashGrayscale32 needs ${SIDE * SIDE} pixels, got ${pixels.length}`);
  }
  // Separable DCT: rows first (32 rows x 8 frequencies), then columns, only for the 8x8 we keep.
  const rows = new Float64Array(SIDE * BLOCK);
  for (let y = 0; y < SIDE; y++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let x = 0; x < SIDE; x++) sum += pixels[y * SIDE + x] * COSINES[u][x];
      rows[y * BLOCK + u] = sum;
    }
  }
  const block = new Float64Array(BLOCK * BLOCK);
  for (let v = 0; v < BLOCK; v++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let y = 0; y < SIDE; y++) sum += rows[y * BLOCK + u] * COSINES[v][y];
      block[v * BLOCK + u] = sum;
    }
  }
  const ac = Array.from(block.subarray(1)).sort((a, b) => a - b);
  const median = ac[(ac.length - 1) / 2]; // 63 values: the middle one
  // Rounding noise (about 1e-13 of DC) must not decide bits: a flat image would otherwise get an
  // arbitrary hash instead of DC-only.
  const threshold = median + Math.abs(block[0]) * 1e-9;
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (block[nibble * 4 + bit] > threshold ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/**
 * Perceptual hash of the training view (resize-for-training.ts: 224x224 sRGB, transparency on
 * white), from its 8-bit RGB pixels: luma (Rec. 601 weights, as PIL's "L" mode that Python's
 * imagehash uses), averaged over 7x7 blocks to 32x32, then hashGrayscale32. Import already holds
 * these pixels, so the hash costs no image pipeline of its own.
 */
export function hashTrainingPixels(rgb: ArrayLike<number>, size: number = TRAINING_SIZE): string {
  const block = size / SIDE;
  if (!Number.isInteger(block) || rgb.length !== size * size * 3) {
    throw new RangeError(`hashTrainingPixels needs ${size}x${size}x3 pixels with ${size} a multiple of ${SIDE}, got ${rgb.length} values`);
  }
  const sums = new Float64Array(SIDE * SIDE);
  const column = Int32Array.from({ length: size }, (_, x) => Math.floor(x / block));
  for (let y = 0; y < size; y++) {
    const row = Math.floor(y / block) * SIDE;
    for (let x = 0, i = y * size * 3; x < size; x++, i += 3) {
      sums[row + column[x]] += 0.299 * rgb[i] + 0.587 * rgb[i + 1] + 0.114 * rgb[i + 2];
    }
  }
  for (let i = 0; i < sums.length; i++) sums[i] /= block * block;
  return hashGrayscale32(sums);
}

/**
 * Perceptual hash of an image. Given bytes, EXIF orientation is applied first so a rotated-by-tag
 * copy hashes like the upright one. Given a sharp pipeline, that pipeline is consumed. Raw bytes
 * get only sharp's default pixel limit: call processImage for untrusted input.
 */
export async function perceptualHash(input: Uint8Array | Sharp): Promise<string> {
  const pipeline = input instanceof Uint8Array ? sharp(input, { autoOrient: true, failOn: "error" }) : input;
  const { data, info } = await resizeForTraining(pipeline).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new AppError("INTERNAL_SERVER_ERROR", `perceptualHash expected 3 channels, got ${info.channels}`);
  return hashTrainingPixels(data);
}
