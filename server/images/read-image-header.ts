import sharp, { type Metadata } from "sharp";
import { ImageRejectedError } from "./image-error";
import type { ImageLimits } from "./image-limits";
import type { ImageFormat } from "./sniff-format";

export interface ImageHeader {
  /** Stored dimensions, before EXIF orientation. */
  width: number;
  height: number;
  /** Displayed dimensions, after EXIF orientation. */
  orientedWidth: number;
  orientedHeight: number;
  /** JPEG only: kept on re-encode so a 4:4:4 scan does not lose colour resolution. */
  chromaSubsampling?: string;
  isProgressive: boolean;
  /** Everything sharp read from the header, for callers that record more of it. */
  metadata: Metadata;
}

const MEGAPIXEL = 1_000_000;

// Reads only the header (libvips opens the file lazily), so a 400-megapixel PNG that compresses to
// 50 KB is refused here without a single row being inflated.
export async function readImageHeader(
  bytes: Buffer,
  format: ImageFormat,
  { maxPixels, maxDimension }: Pick<ImageLimits, "maxPixels" | "maxDimension">,
): Promise<ImageHeader> {
  let metadata: Metadata;
  try {
    // sharp applies limitInputPixels to metadata() too and would answer with a generic error;
    // the bound is checked below instead so the rejection can say how large the image is.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ImageRejectedError("image/corrupt", "The image header could not be read.", {
      cause: error,
    });
  }
  // Both sides sniff the bytes; disagreement means a malformed or polyglot file.
  if (metadata.format !== format || !metadata.width || !metadata.height) {
    throw new ImageRejectedError(
      "image/corrupt",
      `The file starts like a ${format.toUpperCase()} but its header is not valid.`,
    );
  }
  const { width, height } = metadata;
  if (width * height > maxPixels) {
    throw new ImageRejectedError(
      "image/too_many_pixels",
      `The image is ${width}x${height} (${(width * height / MEGAPIXEL).toFixed(1)} megapixels); ` +
        `the limit is ${(maxPixels / MEGAPIXEL).toFixed(1)} megapixels.`,
    );
  }
  if (Math.max(width, height) > maxDimension) {
    throw new ImageRejectedError(
      "image/too_many_pixels",
      `The image is ${width}x${height}; no side may exceed ${maxDimension} pixels.`,
    );
  }
  return {
    width,
    height,
    orientedWidth: metadata.autoOrient?.width ?? width,
    orientedHeight: metadata.autoOrient?.height ?? height,
    chromaSubsampling: metadata.chromaSubsampling,
    isProgressive: metadata.isProgressive ?? false,
    metadata,
  };
}
