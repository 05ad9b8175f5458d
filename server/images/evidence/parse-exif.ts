// Reads the provenance tags of an EXIF (TIFF-structured) block: IFD0's Make, Model, Software and
// DateTime, and GPS presence with the coordinates when they are there. Every offset is checked
// against the block, so a hostile file can point anywhere and only get nulls back.
import { capText } from "./evidence-limits";

export type ExifSignals = {
  make: string | null; model: string | null; software: string | null; dateTime: string | null;
  hasGps: boolean; gpsLatitude: number | null; gpsLongitude: number | null;
};

const TAGS = { make: 0x010f, model: 0x0110, software: 0x0131, dateTime: 0x0132, gpsIfd: 0x8825 } as const;
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;
/** Our own cap on string tags; EXIF strings are short, a hostile one need not be. */
const TAG_CAP = 1024;
const MAX_ENTRIES = 1024;

type Entry = { tag: number; type: number; count: number; valueOffset: number };

export function parseExif(block: Uint8Array): ExifSignals {
  const none: ExifSignals = { make: null, model: null, software: null, dateTime: null, hasGps: false, gpsLatitude: null, gpsLongitude: null };
  if (block.length < 8) return none;
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const order = String.fromCharCode(block[0]!, block[1]!);
  if ((order !== "II" && order !== "MM") || view.getUint16(2, order === "II") !== 42) return none;
  const little = order === "II";
  const ifd0 = readIfd(view, view.getUint32(4, little), little);
  const text = (tag: number) => asciiValue(block, ifd0.get(tag), little);
  const gpsPointer = ifd0.get(TAGS.gpsIfd);
  const gps = gpsPointer && gpsPointer.type === LONG ? readIfd(view, view.getUint32(gpsPointer.valueOffset, little), little) : null;
  const latitude = gps ? coordinate(view, gps.get(2), asciiValue(block, gps.get(1), little), little) : null;
  const longitude = gps ? coordinate(view, gps.get(4), asciiValue(block, gps.get(3), little), little) : null;
  return {
    make: text(TAGS.make), model: text(TAGS.model), software: text(TAGS.software), dateTime: text(TAGS.dateTime),
    hasGps: gps !== null && gps.size > 0, gpsLatitude: latitude, gpsLongitude: longitude,
  };
}

function readIfd(view: DataView, offset: number, little: boolean): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  if (offset < 8 || offset + 2 > view.byteLength) return entries;
  const count = Math.min(view.getUint16(offset, little), MAX_ENTRIES);
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    if (at + 12 > view.byteLength) break;
    const tag = view.getUint16(at, little);
    entries.set(tag, { tag, type: view.getUint16(at + 2, little), count: view.getUint32(at + 4, little), valueOffset: at + 8 });
  }
  return entries;
}

// An ASCII value of up to 4 bytes sits in the entry itself; longer ones at the offset it holds.
function asciiValue(block: Uint8Array, entry: Entry | undefined, little: boolean): string | null {
  if (!entry || entry.type !== ASCII || entry.count === 0) return null;
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const start = entry.count <= 4 ? entry.valueOffset : view.getUint32(entry.valueOffset, little);
  const length = Math.min(entry.count, TAG_CAP);
  if (start + length > block.length) return null;
  const value = capText(Buffer.from(block.subarray(start, start + length)).toString("latin1"), TAG_CAP).text.trim();
  return value || null;
}

// Degrees, minutes, seconds as three rationals; south and west are negative.
function coordinate(view: DataView, entry: Entry | undefined, ref: string | null, little: boolean): number | null {
  if (!entry || entry.type !== RATIONAL || entry.count !== 3) return null;
  const start = view.getUint32(entry.valueOffset, little);
  if (start + 24 > view.byteLength) return null;
  const parts = [0, 1, 2].map((i) => {
    const denominator = view.getUint32(start + i * 8 + 4, little);
    return denominator === 0 ? NaN : view.getUint32(start + i * 8, little) / denominator;
  });
  const value = parts[0]! + parts[1]! / 60 + parts[2]! / 3600;
  if (!Number.isFinite(value)) return null;
  return ref === "S" || ref === "W" ? -value : value;
}
