// The file-level facts about an image that are not the painting: what a model could learn instead
// of brushwork when a data set's classes were collected differently (issue 13). Read once per
// upload (server/images/read-file-features.ts) and audited per class at snapshot time.

export type FileFeatures = {
  /** Displayed size (after EXIF orientation). */
  width: number;
  height: number;
  /** jpeg, png, webp... as sharp names it. */
  format: string;
  byteSize: number;
  /** IJG quality from the luminance quantisation table; null for lossless or unknown encoders' files. */
  jpegQuality: number | null;
  /** srgb, b-w, cmyk..., "+alpha" when the file carries transparency. */
  colourMode: string;
  exif: boolean;
  icc: boolean;
  xmp: boolean;
  iptc: boolean;
  /** PNG text chunks or JPEG comments. */
  text: boolean;
};

/** How a feature is compared between classes: numbers by their order, categories by their values. */
export type FeatureKind = "numeric" | "category";

export type FeatureDefinition = { name: string; kind: FeatureKind; value: (f: FileFeatures) => number | string };

// Missing JPEG quality (PNG, lossless WebP) is ranked above 100: lossless is "better than any
// quality" for ordering, and the format one-hot still says which kind of file it was.
const LOSSLESS_QUALITY = 101;

export const SHORTCUT_FEATURES: readonly FeatureDefinition[] = [
  { name: "width", kind: "numeric", value: (f) => f.width },
  { name: "height", kind: "numeric", value: (f) => f.height },
  // Log of width/height, so 2:1 and 1:2 are equally far from square.
  { name: "aspect", kind: "numeric", value: (f) => Math.log(f.width / f.height) },
  { name: "byteSize", kind: "numeric", value: (f) => Math.log(Math.max(1, f.byteSize)) },
  // Compression per pixel: quality and codec in one figure, independent of the image's size.
  { name: "bytesPerPixel", kind: "numeric", value: (f) => f.byteSize / Math.max(1, f.width * f.height) },
  { name: "jpegQuality", kind: "numeric", value: (f) => f.jpegQuality ?? LOSSLESS_QUALITY },
  { name: "format", kind: "category", value: (f) => f.format },
  { name: "colourMode", kind: "category", value: (f) => f.colourMode },
  ...(["exif", "icc", "xmp", "iptc", "text"] as const).map((key) => ({
    name: key, kind: "category" as const, value: (f: FileFeatures) => (f[key] ? "present" : "absent"),
  })),
];

/** Whether a JSON value read back from the database is a complete FileFeatures record. */
export function isFileFeatures(value: unknown): value is FileFeatures {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return ["width", "height", "byteSize"].every((k) => typeof v[k] === "number") &&
    typeof v.format === "string" && typeof v.colourMode === "string" &&
    (v.jpegQuality === null || typeof v.jpegQuality === "number") &&
    ["exif", "icc", "xmp", "iptc", "text"].every((k) => typeof v[k] === "boolean");
}
