// What a container walker hands the signal parsers: the metadata blocks it found, as views into
// the upload (no copies), and whether it had to stop early.
import { JUMBF_CAP } from "./evidence-limits";

export type TextChunk = { keyword: string; text: string; truncated: boolean };

export type RawMetadata = {
  /** TIFF-structured EXIF (starting at the II/MM byte-order mark). */
  exif: Uint8Array | null;
  xmp: string | null;
  /** JUMBF bytes from JPEG APP11, PNG caBX or WebP C2PA; null when none. */
  jumbf: Uint8Array | null;
  textChunks: TextChunk[];
  /** Something was cut or left unread (caps, a malformed block). */
  truncated: boolean;
};

export const emptyMetadata = (): RawMetadata => ({ exif: null, xmp: null, jumbf: null, textChunks: [], truncated: false });

export const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
export const utf8 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");

/** Appends JUMBF bytes (C2PA may be split over several JPEG segments). */
export function appendJumbf(metadata: RawMetadata, bytes: Uint8Array): void {
  const held = metadata.jumbf?.length ?? 0;
  const room = Math.max(0, JUMBF_CAP - held);
  if (bytes.length > room) metadata.truncated = true;
  const kept = bytes.subarray(0, room);
  metadata.jumbf = metadata.jumbf ? Buffer.concat([metadata.jumbf, kept]) : kept;
}
