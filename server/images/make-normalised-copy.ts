// A training copy made one way whatever the upload was (issue 13's remedy for shortcuts): every
// painting squashed to the same square side with one filter, flattened to 8-bit sRGB without
// alpha or metadata, and encoded as one JPEG quality. The format, pixel size, quality, colour mode
// and metadata of the upload no longer reach the model. What it cannot undo: detail a small or
// heavily compressed upload never had (a 160 px source stays softer than a 1024 px one unless the
// side is at or below the smallest source), and anything in the pixels themselves.
import sharp from "sharp";
import { readImageLimits } from "./image-limits";
import { TRAINING_SIZE } from "./resize-for-training";

export const NORMALISED_QUALITY = 90;
/** Below this side the copies would lose more of every painting than the smallest source loses. */
export const NORMALISED_MIN_SIDE = 64;

/**
 * The side every copy of a data set is made at: its smallest source's short side, so no copy is
 * enlarged (and none is blurrier for it), bounded by the training size and NORMALISED_MIN_SIDE.
 */
export function normalisedSideFor(shortSides: readonly number[]): number {
  const smallest = shortSides.length > 0 ? Math.min(...shortSides) : TRAINING_SIZE;
  return Math.max(NORMALISED_MIN_SIDE, Math.min(TRAINING_SIZE, Math.floor(smallest)));
}

export async function makeNormalisedCopy(original: Buffer, side: number): Promise<Buffer> {
  return sharp(original, { autoOrient: true, failOn: "error", limitInputPixels: readImageLimits().maxPixels })
    .flatten({ background: "#ffffff" })
    .resize(side, side, { fit: "fill", kernel: "lanczos3" })
    .toColourspace("srgb")
    .removeAlpha()
    // sharp writes no metadata unless asked; subsampling fixed so it does not follow the source.
    .jpeg({ quality: NORMALISED_QUALITY, chromaSubsampling: "4:2:0" })
    .toBuffer();
}
