// Caps for what a file's metadata may put in a row. Uploads are capped in size elsewhere, but one
// text chunk may still be most of a large file (or inflate to far more), and the row must stay
// small whatever the file says: every stored text is cut to TEXT_CAP and marked truncated.
export const TEXT_CAP = 16 * 1024;
/** Text chunks kept per file; generators write a handful, a hostile file thousands. */
export const MAX_TEXT_CHUNKS = 32;
/** Compressed bytes inflated for a zTXt/iTXt prefix when the whole would exceed TEXT_CAP. */
export const COMPRESSED_PREFIX = 4096;
/** Segments/chunks walked per file before giving up (and saying so). */
export const MAX_BLOCKS = 4096;

/** XMP is searched for its signals and never stored, so more of it is read. */
export const XMP_CAP = 256 * 1024;
/** JUMBF (C2PA) bytes kept for the claim generator search; manifests with thumbnails run to MBs. */
export const JUMBF_CAP = 1024 * 1024;

/** Removes NULs (PostgreSQL text and JSON refuse them) and cuts to the cap. */
export function capText(text: string, cap = TEXT_CAP): { text: string; truncated: boolean } {
  const clean = text.replaceAll("\u0000", "");
  return clean.length > cap ? { text: clean.slice(0, cap), truncated: true } : { text: clean, truncated: false };
}
