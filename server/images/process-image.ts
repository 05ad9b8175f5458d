import type { FileFeatures } from "@/core/metrics/shortcut-features";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { ImageRejectedError } from "./image-error";
import { readImageLimits, type ImageLimits } from "./image-limits";
import { makeDerivatives } from "./make-derivatives";
import { fileFeaturesFrom } from "./read-file-features";
import { readImageHeader } from "./read-image-header";
import { describeUnsupportedFormat, sniffFormat, type ImageFormat } from "./sniff-format";

export { THUMBNAIL_MAX_SIDE } from "./make-derivatives";

export interface ProcessedImage {
  /** Format sniffed from the uploaded bytes; `original` keeps it. */
  format: ImageFormat;
  /** Displayed size, after EXIF orientation. */
  width: number;
  height: number;
  /** Size of the uploaded bytes. */
  byteSize: number;
  /** Hex SHA-256 of the uploaded bytes: the exact-duplicate key. */
  sha256: string;
  /** 64-bit DCT perceptual hash, 16 hex chars: compared by Hamming distance for near-duplicates. */
  phash: string;
  /** The uploaded bytes, unchanged (evidence; served only to reviewers and managers). */
  original: Buffer;
  /** JPEG, at most THUMBNAIL_MAX_SIDE on the long side, never enlarged. */
  thumbnail: Buffer;
  /** 224x224 8-bit RGB PNG (lossless, so no codec artefacts enter training). */
  training: Buffer;
  /** What the file says besides the painting, for the shortcut audit, from the header read above. */
  fileFeatures: FileFeatures;
}

function formatBytes(count: number): string {
  if (count < 1024) return `${count} bytes`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} KB`;
  return `${(count / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Validates and prepares one uploaded image. Every refusal is an ImageRejectedError; checks run
 * cheapest first and nothing is decoded until the header's dimensions are within bounds.
 */
export async function processImage(
  bytes: Buffer,
  limits?: Partial<ImageLimits>,
  { sha256 }: { sha256?: string } = {},
): Promise<ProcessedImage> {
  // Parsing the environment's limits costs about a millisecond: skipped when the caller (a batch)
  // already passes all three.
  const bounds = isComplete(limits) ? limits : { ...readImageLimits(), ...limits };
  if (bytes.length === 0) throw new ImageRejectedError("image/empty", "The file is empty.");
  if (bytes.length > bounds.maxBytes) {
    throw new ImageRejectedError(
      "image/too_large_bytes",
      `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(bounds.maxBytes)}.`,
    );
  }
  const format = sniffFormat(bytes);
  if (!format) {
    throw new ImageRejectedError(
      "image/unsupported_format",
      `Only JPEG, PNG and WebP images are accepted; this file looks like ${describeUnsupportedFormat(bytes)}.`,
    );
  }
  const header = await readImageHeader(bytes, format, bounds);

  // limitInputPixels repeats the header check inside libvips, in case a decoder ever disagrees
  // with the header it reported. failOn "error" refuses truncated or damaged pixel data instead of
  // storing a half-grey picture; plain libjpeg warnings (common in camera files) still pass.
  const base = sharp(bytes, { autoOrient: true, failOn: "error", limitInputPixels: bounds.maxPixels });
  // One decode, shrunk on load (JPEG decodes at 1/2 to 1/8 scale), from which every derivative
  // is made; the upload itself is stored as it came, so no full-size re-encode is needed.
  const { thumbnail, training, phash } = await makeDerivatives(base, { width: header.orientedWidth, height: header.orientedHeight }).catch((error: unknown) => {
    throw toRejection(error);
  });

  return {
    format,
    width: header.orientedWidth,
    height: header.orientedHeight,
    byteSize: bytes.length,
    sha256: sha256 ?? createHash("sha256").update(bytes).digest("hex"),
    phash,
    original: bytes,
    thumbnail,
    training,
    fileFeatures: fileFeaturesFrom(bytes, header.metadata),
  };
}

function isComplete(limits: Partial<ImageLimits> | undefined): limits is ImageLimits {
  return limits?.maxBytes !== undefined && limits.maxPixels !== undefined && limits.maxDimension !== undefined;
}

// Decoder messages look like "VipsJpeg: premature end of JPEG image"; keep the part after the
// loader name, first line only, as the human-readable reason.
function toRejection(error: unknown): ImageRejectedError {
  if (error instanceof ImageRejectedError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(raw)) {
    return new ImageRejectedError("image/too_many_pixels", "The image has too many pixels to decode.", {
      cause: error,
    });
  }
  const reason = raw.split("\n")[0].replace(/^[\w]+: /, "").trim();
  return new ImageRejectedError(
    "image/corrupt",
    `The image data is damaged or truncated and could not be decoded${reason ? ` (${reason})` : ""}.`,
    { cause: error },
  );
}
