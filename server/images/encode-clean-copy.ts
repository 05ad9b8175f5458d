import type { Sharp } from "sharp";
import type { ImageHeader } from "./read-image-header";
import { isLosslessWebp, type ImageFormat } from "./sniff-format";

export const CLEAN_COPY_JPEG_QUALITY = 92;
export const CLEAN_COPY_WEBP_QUALITY = 92;

// The upload itself is kept byte for byte: for provenance the bytes are the evidence (C2PA
// manifests, XMP DigitalSourceType, EXIF Software, generator parameters in PNG text chunks), and
// only reviewers and managers may fetch it. Everyone else sees copies re-encoded by sharp, never
// the uploaded bytes, even when they look clean:
// - sharp writes only what it is told to, so EXIF (GPS, camera serials), XMP, IPTC, comments, JFIF
//   or EXIF thumbnails (which can show an uncropped picture) cannot survive. Passing clean files
//   through would need a byte-level allow-list for three containers, and one missed APPn segment
//   or PNG text chunk leaks data.
// - dropping an ICC profile without converting would shift colours; sharp converts to sRGB on the
//   way out (CMYK and wide-gamut scans included), so the result stays visually faithful.
// - EXIF orientation is baked into the pixels, so every viewer shows the same thing.
// Generation loss is kept small: PNG and lossless WebP stay lossless; JPEG and lossy WebP use
// quality 92 with the input's chroma subsampling and progressive mode.
export function encodeCleanCopy(
  pipeline: Sharp,
  { format, bytes, header }: { format: ImageFormat; bytes: Uint8Array; header: ImageHeader },
): Promise<Buffer> {
  switch (format) {
    case "jpeg":
      return pipeline
        .jpeg({
          quality: CLEAN_COPY_JPEG_QUALITY,
          // 4:2:2 and 4:4:4 inputs keep full chroma: never throw away colour detail the scan had.
          chromaSubsampling: header.chromaSubsampling?.startsWith("4:2:0") ? "4:2:0" : "4:4:4",
          progressive: header.isProgressive,
        })
        .toBuffer();
    case "png":
      return pipeline.png().toBuffer();
    case "webp":
      return (
        isLosslessWebp(bytes)
          ? pipeline.webp({ lossless: true })
          : pipeline.webp({ quality: CLEAN_COPY_WEBP_QUALITY })
      ).toBuffer();
  }
}
