import { z } from "zod";

// Bounds applied before any pixel is decoded. 80 megapixels covers a 10000x8000 museum scan;
// decoding it as RGB takes about 240 MB, which four imports in flight can afford. 40 MB covers a
// high-quality JPEG of that size. No side may exceed 20000 px, so extreme aspect ratios (a
// 1x80M strip) cannot slip in under the pixel bound.
export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  maxDimension: number;
}

export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxBytes: 40 * 1024 * 1024,
  maxPixels: 80_000_000,
  maxDimension: 20_000,
});

// An empty variable counts as unset, as in .env files where `IMAGE_MAX_BYTES=` is common.
const positiveInteger = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
);

const envSchema = z.object({
  IMAGE_MAX_BYTES: positiveInteger,
  IMAGE_MAX_PIXELS: positiveInteger,
  IMAGE_MAX_DIMENSION: positiveInteger,
});

// Throws on an invalid value rather than falling back, so a typo in deployment config is seen at
// the first import instead of silently running with defaults.
export function readImageLimits(env: Record<string, string | undefined> = process.env): ImageLimits {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid image limit configuration: ${detail.join("; ")}`);
  }
  return {
    maxBytes: parsed.data.IMAGE_MAX_BYTES ?? DEFAULT_IMAGE_LIMITS.maxBytes,
    maxPixels: parsed.data.IMAGE_MAX_PIXELS ?? DEFAULT_IMAGE_LIMITS.maxPixels,
    maxDimension: parsed.data.IMAGE_MAX_DIMENSION ?? DEFAULT_IMAGE_LIMITS.maxDimension,
  };
}
