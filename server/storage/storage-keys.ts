import { StorageError } from "./storage-error";

// Key layout. Paintings are content-addressed by the SHA-256 of the uploaded bytes, so an exact
// duplicate maps to keys that already exist and is never stored twice; the two-character fan-out
// keeps directories small on local disk.
//   paintings/<sha256[0..2]>/<sha256>/upload.<jpg|png|webp>   the upload, byte for byte (evidence)
//   paintings/<sha256[0..2]>/<sha256>/large.<jpg|png|webp>    metadata-free full-size copy, made on demand
//   paintings/<sha256[0..2]>/<sha256>/thumb.jpg
//   paintings/<sha256[0..2]>/<sha256>/train224.png
// (Paintings imported before uploads were kept byte for byte point at `original.<ext>`, a
// metadata-free re-encode, and those imported before thumbnails were JPEG at `thumb.webp`; their
// rows keep those keys.)
//   models/<projectId>/<version>/<fileName>
//   saliency/<projectId>/<modelVersionId>/<paintingId>.png   Grad-CAM overlay of one prediction

export type PaintingFormat = "jpeg" | "png" | "webp";

export interface PaintingKeys {
  /** The uploaded bytes, unchanged. */
  original: string;
  /** A metadata-free copy at up to full size, for people who must not see the file's metadata. */
  large: string;
  thumbnail: string;
  training: string;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const EXTENSION: Record<PaintingFormat, string> = { jpeg: "jpg", png: "png", webp: "webp" };

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  json: "application/json",
  bin: "application/octet-stream",
};

/**
 * Refuses anything that is not a plain relative path of safe segments: no "..", no ".", no empty
 * or hidden segment, no absolute path, no backslash or NUL. Segments cannot start with a dot,
 * which also keeps drivers' temporary files (".tmp-*") out of the key space.
 */
export function assertValidStorageKey(key: string): void {
  const valid =
    typeof key === "string" &&
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    key.split("/").every((segment) => SEGMENT.test(segment));
  if (!valid) throw new StorageError("storage/invalid_key", `Invalid storage key: ${JSON.stringify(key)}`);
}

export function paintingKeys(sha256: string, format: PaintingFormat): PaintingKeys {
  if (!SHA256_HEX.test(sha256)) {
    throw new StorageError("storage/invalid_key", `Not a lowercase hex SHA-256: ${JSON.stringify(sha256)}`);
  }
  const dir = `paintings/${sha256.slice(0, 2)}/${sha256}`;
  return {
    original: `${dir}/upload.${EXTENSION[format]}`,
    large: `${dir}/large.${EXTENSION[format]}`,
    thumbnail: `${dir}/thumb.jpg`,
    training: `${dir}/train224.png`,
  };
}

export function modelKey(projectId: string, version: string | number, fileName: string): string {
  const key = `models/${projectId}/${version}/${fileName}`;
  assertValidStorageKey(key);
  return key;
}

export function saliencyKey(projectId: string, modelVersionId: string, paintingId: string): string {
  const key = `saliency/${projectId}/${modelVersionId}/${paintingId}.png`;
  assertValidStorageKey(key);
  return key;
}

/** The content type every driver serves for a key, from its extension. */
export function contentTypeForKey(key: string): string {
  const extension = key.slice(key.lastIndexOf("/") + 1).split(".").slice(1).pop()?.toLowerCase();
  return (extension && CONTENT_TYPES[extension]) || "application/octet-stream";
}

/**
 * Checks a put's key and content type the same way in every driver: the type must agree with the
 * key's extension (parameters such as charset aside), so every driver serves the same type.
 * Returns the type to serve.
 */
export function assertPutAllowed(key: string, contentType: string): string {
  assertValidStorageKey(key);
  const expected = contentTypeForKey(key);
  if (contentType.split(";")[0].trim().toLowerCase() !== expected) {
    throw new StorageError("storage/content_type_mismatch", `Key ${key} is served as ${expected}, not ${contentType}.`);
  }
  return expected;
}
