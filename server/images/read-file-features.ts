// The shortcut audit's per-file facts (core/metrics/shortcut-features.ts), from the bytes as
// uploaded: sharp's header read plus the JPEG quantisation table. Nothing is decoded.
import sharp, { type Metadata } from "sharp";
import type { FileFeatures } from "@/core/metrics/shortcut-features";
import { estimateJpegQuality } from "./estimate-jpeg-quality";

export async function readFileFeatures(bytes: Buffer): Promise<FileFeatures> {
  return fileFeaturesFrom(bytes, await sharp(bytes, { limitInputPixels: false }).metadata());
}

/** The same facts from a header already read (import reads it once, in readImageHeader). */
export function fileFeaturesFrom(bytes: Buffer, metadata: Metadata): FileFeatures {
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  const format = metadata.format ?? "unknown";
  return {
    width,
    height,
    format,
    byteSize: bytes.length,
    jpegQuality: format === "jpeg" ? (estimateJpegQuality(bytes)?.quality ?? null) : null,
    colourMode: `${metadata.space ?? "unknown"}${metadata.hasAlpha ? "+alpha" : ""}`,
    exif: Boolean(metadata.exif?.length),
    icc: Boolean(metadata.icc?.length),
    xmp: Boolean(metadata.xmp?.length),
    iptc: Boolean(metadata.iptc?.length),
    text: Boolean(metadata.comments?.length),
  };
}
