// The format is decided by the file's first bytes only. Extensions and declared MIME types come
// from the uploader and are not trusted; sharp could also open formats we do not accept (SVG
// renders external references, GIF/TIFF/HEIF widen the decoder surface), so those are refused here
// before sharp sees them.
export type ImageFormat = "jpeg" | "png" | "webp";

export const IMAGE_FORMAT_MIME: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (bytes.length < offset + length) return "";
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  // SOI followed by the first marker's 0xFF; every JPEG variant libjpeg reads starts this way.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "png";
  // RIFF is a generic container (WAV, AVI): require WEBP and a known first WebP chunk.
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === "VP8 " || chunk === "VP8L" || chunk === "VP8X") return "webp";
  }
  return null;
}

// Names what an unsupported file appears to be, only to make the rejection message useful.
export function describeUnsupportedFormat(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (ascii(bytes, 0, 4) === "GIF8") return "a GIF";
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return "a TIFF";
  }
  if (ascii(bytes, 4, 4) === "ftyp") return "a HEIF/AVIF";
  if (ascii(bytes, 0, 2) === "BM") return "a BMP";
  if (ascii(bytes, 0, 5) === "%PDF-") return "a PDF";
  if (head.startsWith("<?xml") || head.startsWith("<svg") || head.includes("<svg")) {
    return "an SVG/XML document";
  }
  if (ascii(bytes, 0, 4) === "RIFF") return "a RIFF file that is not WebP";
  return "an unrecognised file";
}

// True when the WebP bitstream is VP8L (lossless). Walks the RIFF chunks rather than reading only
// the first one, because an extended (VP8X) file puts ICC/ALPH chunks before the image data.
export function isLosslessWebp(bytes: Uint8Array): boolean {
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, 4);
    if (id === "VP8L") return true;
    if (id === "VP8 ") return false;
    const size =
      bytes[offset + 4] | (bytes[offset + 5] << 8) | (bytes[offset + 6] << 16) | (bytes[offset + 7] << 24);
    offset += 8 + (size >>> 0) + ((size >>> 0) % 2);
  }
  return false;
}
