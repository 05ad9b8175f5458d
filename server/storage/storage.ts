import type { Readable } from "node:stream";

/**
 * Where blobs (painting derivatives, model artefacts) live. Callers use only this interface and
 * keys from storage-keys, so an S3-compatible driver can be added in get-storage without touching
 * them. Keys are "/"-separated relative paths; drivers refuse anything else.
 */
export interface BlobStorage {
  /**
   * Stores `data` under `key`, replacing any blob already there. Atomic: a reader sees the old
   * blob or the new one, never part of either. `contentType` must agree with the key's extension
   * (see contentTypeForKey) so every driver serves the same type.
   */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The whole blob; StorageError "storage/not_found" when absent. */
  get(key: string): Promise<Buffer>;
  /** Streams large blobs (model weights) to a response; "storage/not_found" when absent. */
  stream?(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
}
