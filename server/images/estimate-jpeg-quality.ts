// Estimates the IJG quality (1-100) a JPEG was saved at from its luminance quantisation table, the
// way ImageMagick's `identify` and forensic tools do: libjpeg, libjpeg-turbo and mozjpeg (and so
// sharp, Pillow, Photoshop's "save for web" in IJG mode) scale the JPEG standard's Annex K table
// by quality, so the table in the file names the quality. Encoders with their own tables get the
// nearest IJG quality and `exact: false`.

/** JPEG Annex K luminance table, natural (row-major) order. */
const ANNEX_K_LUMINANCE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** Natural index of the k-th coefficient in zigzag order: DQT segments store tables zigzagged. */
const ZIGZAG_TO_NATURAL = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42,
  49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

export type JpegQualityEstimate = { quality: number; exact: boolean };

/** libjpeg's jpeg_quality_scaling + jpeg_add_quant_table (baseline: entries clamped to 1..255). */
export function ijgLuminanceTable(quality: number): number[] {
  const scale = quality < 50 ? Math.floor(5000 / quality) : 200 - quality * 2;
  return ANNEX_K_LUMINANCE.map((base) => Math.min(255, Math.max(1, Math.floor((base * scale + 50) / 100))));
}

const IJG_TABLES = Array.from({ length: 100 }, (_, i) => ijgLuminanceTable(i + 1));

/** The luminance table (id 0) in natural order, or null when the bytes hold none before the scan. */
export function readLuminanceTable(bytes: Uint8Array): number[] | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes and markers without a length (TEM, RSTn) carry no segment.
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    // Tables come before the first scan; past SOS (or at EOI) there is nothing left to find.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    if (marker === 0xdb) {
      const table = tableInSegment(bytes, at + 4, end);
      if (table) return table;
    }
    at = end;
  }
  return null;
}

// One DQT segment may hold several tables, each a precision/id byte then 64 8- or 16-bit entries.
function tableInSegment(bytes: Uint8Array, start: number, end: number): number[] | null {
  let at = start;
  while (at < end) {
    const precision = bytes[at]! >> 4;
    const id = bytes[at]! & 0x0f;
    const width = precision === 0 ? 1 : 2;
    if (at + 1 + 64 * width > end) return null;
    if (id === 0) {
      const natural = new Array<number>(64);
      for (let k = 0; k < 64; k++) {
        const offset = at + 1 + k * width;
        natural[ZIGZAG_TO_NATURAL[k]!] = width === 1 ? bytes[offset]! : (bytes[offset]! << 8) | bytes[offset + 1]!;
      }
      return natural;
    }
    at += 1 + 64 * width;
  }
  return null;
}

/** The IJG quality whose table is nearest (sum of absolute differences) to the file's; null when not a JPEG with tables. */
export function estimateJpegQuality(bytes: Uint8Array): JpegQualityEstimate | null {
  const table = readLuminanceTable(bytes);
  if (!table) return null;
  let best = { quality: 0, error: Infinity };
  IJG_TABLES.forEach((candidate, i) => {
    let error = 0;
    for (let k = 0; k < 64; k++) error += Math.abs(candidate[k]! - table[k]!);
    // Ties (several qualities clamp to one table near 100) keep the highest quality.
    if (error <= best.error) best = { quality: i + 1, error };
  });
  return { quality: best.quality, exact: best.error === 0 };
}
