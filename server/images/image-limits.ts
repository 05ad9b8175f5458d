import { getConfig, parseConfig } from "@/server/config";

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

// IMAGE_MAX_* from the configuration (server/config.ts, whose defaults are the ones above), or
// from `env` when given (tests). An invalid value is refused by name, never silently defaulted.
export function readImageLimits(env?: Record<string, string | undefined>): ImageLimits {
  const { IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_DIMENSION } = env ? parseConfig(env) : getConfig();
  return { maxBytes: IMAGE_MAX_BYTES, maxPixels: IMAGE_MAX_PIXELS, maxDimension: IMAGE_MAX_DIMENSION };
}
