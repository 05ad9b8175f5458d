// Provenance signals from an upload's bytes, for a PaintingEvidence row. Byte scanning only: no
// decode, no copy of pixel data, bounded memory whatever the file claims. The container is found
// from the bytes (the file name is the uploader's word).
import { sniffFormat } from "../sniff-format";
import { parseExif } from "./parse-exif";
import { parseDigitalSourceType } from "./parse-xmp";
import { readC2pa } from "./read-c2pa";
import { readJpegSegments } from "./read-jpeg-segments";
import { readPngChunks } from "./read-png-chunks";
import { readWebpChunks } from "./read-webp-chunks";
import { emptyMetadata, type TextChunk } from "./raw-metadata";

export type PaintingEvidenceFields = {
  container: string;
  hasC2pa: boolean; c2paClaimGenerator: string | null;
  digitalSourceType: string | null; hasXmp: boolean;
  exifSoftware: string | null; exifMake: string | null; exifModel: string | null; exifDateTime: string | null;
  hasGps: boolean; gpsLatitude: number | null; gpsLongitude: number | null;
  hasGeneratorParameters: boolean; textChunks: TextChunk[]; truncated: boolean;
};

/**
 * Keywords generators write their settings under: AUTOMATIC1111/Forge `parameters`, ComfyUI
 * `prompt` and `workflow`, InvokeAI `invokeai_metadata`/`sd-metadata`, older Dream/NovelAI ones.
 */
const GENERATOR_KEYWORDS = new Set(["parameters", "prompt", "workflow", "invokeai_metadata", "invokeai_graph", "sd-metadata", "dream", "generation_data", "negative_prompt"]);

export const isGeneratorKeyword = (keyword: string) => GENERATOR_KEYWORDS.has(keyword.toLowerCase());

export function extractEvidence(bytes: Uint8Array): PaintingEvidenceFields {
  const container = sniffFormat(bytes) ?? "unknown";
  const raw = container === "png" ? readPngChunks(bytes)
    : container === "jpeg" ? readJpegSegments(bytes)
    : container === "webp" ? readWebpChunks(bytes)
    : emptyMetadata();
  const exif = raw.exif ? parseExif(raw.exif) : null;
  const c2pa = readC2pa(raw.jumbf);
  return {
    container,
    hasC2pa: c2pa.hasC2pa,
    c2paClaimGenerator: c2pa.claimGenerator,
    digitalSourceType: raw.xmp ? parseDigitalSourceType(raw.xmp) : null,
    hasXmp: raw.xmp !== null,
    exifSoftware: exif?.software ?? null,
    exifMake: exif?.make ?? null,
    exifModel: exif?.model ?? null,
    exifDateTime: exif?.dateTime ?? null,
    hasGps: exif?.hasGps ?? false,
    gpsLatitude: exif?.gpsLatitude ?? null,
    gpsLongitude: exif?.gpsLongitude ?? null,
    hasGeneratorParameters: raw.textChunks.some((chunk) => isGeneratorKeyword(chunk.keyword) && chunk.text.trim() !== ""),
    textChunks: raw.textChunks,
    truncated: raw.truncated || raw.textChunks.some((chunk) => chunk.truncated),
  };
}
