// Walks a JPEG's marker segments up to the image data (SOS) for APP1 Exif, APP1 XMP and APP11
// JUMBF (how C2PA embeds its manifest store in JPEG, ISO 19566-5). Entropy-coded data is never read.
import { MAX_BLOCKS, XMP_CAP } from "./evidence-limits";
import { appendJumbf, emptyMetadata, latin1, utf8, type RawMetadata } from "./raw-metadata";

const EXIF_HEADER = "Exif\0\0";
const XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0";
const SOS = 0xda;
const EOI = 0xd9;

export function readJpegSegments(bytes: Uint8Array): RawMetadata {
  const metadata = emptyMetadata();
  let offset = 2;
  for (let count = 0; offset + 4 <= bytes.length; count++) {
    if (count >= MAX_BLOCKS || bytes[offset] !== 0xff) return { ...metadata, truncated: true };
    const marker = bytes[offset + 1]!;
    // Fill bytes (0xFF repeated) may pad between segments.
    if (marker === 0xff) { offset += 1; continue; }
    if (marker === SOS || marker === EOI) break;
    // Standalone markers (RSTn, TEM) carry no length.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { offset += 2; continue; }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return { ...metadata, truncated: true };
    readSegment(metadata, marker, bytes.subarray(offset + 4, end));
    offset = end;
  }
  return metadata;
}

function readSegment(metadata: RawMetadata, marker: number, data: Uint8Array): void {
  if (marker === 0xe1) {
    if (!metadata.exif && latin1(data.subarray(0, EXIF_HEADER.length)) === EXIF_HEADER) {
      metadata.exif = data.subarray(EXIF_HEADER.length);
    } else if (!metadata.xmp && latin1(data.subarray(0, XMP_HEADER.length)) === XMP_HEADER) {
      metadata.xmp = utf8(data.subarray(XMP_HEADER.length, XMP_HEADER.length + XMP_CAP)).replaceAll("\u0000", "");
    }
  } else if (marker === 0xeb && data[0] === 0x4a && data[1] === 0x50) {
    // APP11 "JP": common identifier, box instance (2), packet sequence (4), then the JUMBF box.
    // Continuation packets repeat the box's 8-byte header, which the first packet already gave.
    const sequence = new DataView(data.buffer, data.byteOffset + 4, 4).getUint32(0);
    appendJumbf(metadata, data.subarray(sequence <= 1 ? 8 : 16));
  }
}
