// Walks a WebP's RIFF chunks for EXIF, "XMP " and C2PA (the C2PA spec's chunk for WebP). Image
// chunks are skipped unread.
import { MAX_BLOCKS, XMP_CAP } from "./evidence-limits";
import { appendJumbf, emptyMetadata, latin1, utf8, type RawMetadata } from "./raw-metadata";

export function readWebpChunks(bytes: Uint8Array): RawMetadata {
  const metadata = emptyMetadata();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12;
  for (let count = 0; offset + 8 <= bytes.length; count++) {
    if (count >= MAX_BLOCKS) return { ...metadata, truncated: true };
    const type = latin1(bytes.subarray(offset, offset + 4));
    const length = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + length > bytes.length) return { ...metadata, truncated: true };
    const data = bytes.subarray(start, start + length);
    if (type === "EXIF") metadata.exif ??= skipExifHeader(data);
    else if (type === "XMP ") metadata.xmp ??= utf8(data.subarray(0, XMP_CAP)).replaceAll("\u0000", "");
    else if (type === "C2PA") appendJumbf(metadata, data);
    // Chunks are padded to an even length.
    offset = start + length + (length % 2);
  }
  return metadata;
}

// Some writers keep JPEG's "Exif\0\0" prefix inside the WebP chunk.
function skipExifHeader(data: Uint8Array): Uint8Array {
  return latin1(data.subarray(0, 6)) === "Exif\0\0" ? data.subarray(6) : data;
}
