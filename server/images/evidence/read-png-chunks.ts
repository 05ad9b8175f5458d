// Walks a PNG's chunks (signature, then length/type/data/CRC) for provenance metadata: tEXt,
// zTXt and iTXt text (generator parameters; XMP travels as iTXt "XML:com.adobe.xmp"), eXIf and
// caBX (a C2PA manifest store as JUMBF). Pixel data is skipped unread.
import { inflateSync, constants } from "node:zlib";
import { capText, COMPRESSED_PREFIX, MAX_BLOCKS, MAX_TEXT_CHUNKS, TEXT_CAP, XMP_CAP } from "./evidence-limits";
import { appendJumbf, emptyMetadata, latin1, utf8, type RawMetadata } from "./raw-metadata";

const XMP_KEYWORD = "XML:com.adobe.xmp";

export function readPngChunks(bytes: Uint8Array): RawMetadata {
  const metadata = emptyMetadata();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  for (let count = 0; offset + 8 <= bytes.length; count++) {
    if (count >= MAX_BLOCKS) return { ...metadata, truncated: true };
    const length = view.getUint32(offset);
    const type = latin1(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    if (dataStart + length > bytes.length) return { ...metadata, truncated: true };
    const data = bytes.subarray(dataStart, dataStart + length);
    if (type === "IEND") break;
    readChunk(metadata, type, data);
    offset = dataStart + length + 4;
  }
  return metadata;
}

function readChunk(metadata: RawMetadata, type: string, data: Uint8Array): void {
  if (type === "eXIf") metadata.exif ??= data;
  else if (type === "caBX") appendJumbf(metadata, data);
  else if (type === "tEXt" || type === "zTXt" || type === "iTXt") {
    const text = type === "tEXt" ? readText(data) : type === "zTXt" ? readZtxt(data) : readItxt(data);
    if (!text) {
      metadata.truncated = true;
    } else if (text.keyword === XMP_KEYWORD) {
      metadata.xmp ??= text.text;
      metadata.truncated ||= text.truncated;
    } else if (metadata.textChunks.length < MAX_TEXT_CHUNKS) {
      metadata.textChunks.push(text);
    } else {
      metadata.truncated = true;
    }
  }
}

type Text = { keyword: string; text: string; truncated: boolean };

function keywordEnd(data: Uint8Array): number {
  const end = data.indexOf(0);
  return end >= 1 && end <= 79 ? end : -1;
}

// tEXt: keyword NUL text, both Latin-1. Only the cap's worth is decoded, however long the chunk.
function readText(data: Uint8Array): Text | null {
  const end = keywordEnd(data);
  if (end < 0) return null;
  const body = data.subarray(end + 1);
  const capped = capText(latin1(body.subarray(0, TEXT_CAP + 1)));
  return { keyword: latin1(data.subarray(0, end)), ...capped, truncated: capped.truncated || body.length > TEXT_CAP + 1 };
}

// zTXt: keyword NUL method(0 = deflate) compressed Latin-1 text.
function readZtxt(data: Uint8Array): Text | null {
  const end = keywordEnd(data);
  if (end < 0 || data[end + 1] !== 0) return null;
  const inflated = boundedInflate(data.subarray(end + 2));
  if (!inflated) return null;
  const capped = capText(latin1(inflated.bytes));
  return { keyword: latin1(data.subarray(0, end)), text: capped.text, truncated: capped.truncated || inflated.truncated };
}

// iTXt: keyword NUL flag method language NUL translated-keyword NUL text (UTF-8, maybe deflated).
function readItxt(data: Uint8Array): Text | null {
  const end = keywordEnd(data);
  if (end < 0 || end + 3 > data.length) return null;
  const compressed = data[end + 1] === 1;
  const languageEnd = data.indexOf(0, end + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  const keyword = latin1(data.subarray(0, end));
  // XMP is only searched, never stored, and a DigitalSourceType may sit far into it.
  const cap = keyword === XMP_KEYWORD ? XMP_CAP : TEXT_CAP;
  const body = data.subarray(translatedEnd + 1);
  const inflated = compressed ? boundedInflate(body, cap) : { bytes: body.subarray(0, cap * 4), truncated: body.length > cap * 4 };
  if (!inflated) return null;
  const capped = capText(utf8(inflated.bytes), cap);
  return { keyword, text: capped.text, truncated: capped.truncated || inflated.truncated };
}

/**
 * Inflates at most what is needed for the cap. A deflate stream expands at most ~1032:1, so a
 * prefix of COMPRESSED_PREFIX bytes yields at most ~4 MB: memory stays bounded for a "zip bomb".
 */
function boundedInflate(compressed: Uint8Array, cap = TEXT_CAP): { bytes: Uint8Array; truncated: boolean } | null {
  try {
    return { bytes: inflateSync(compressed, { maxOutputLength: cap * 4 }), truncated: false };
  } catch {
    try {
      const prefix = inflateSync(compressed.subarray(0, Math.max(COMPRESSED_PREFIX, cap / 4)), { finishFlush: constants.Z_SYNC_FLUSH });
      return { bytes: prefix.subarray(0, cap * 4), truncated: true };
    } catch {
      return null;
    }
  }
}
