// Normalised training copies live beside a painting's other derivatives, one per side, made from
// the stored original the first time a snapshot (or a scoring pass) needs them.
import { makeNormalisedCopy } from "@/server/images/make-normalised-copy";
import type { BlobStorage } from "@/server/storage/storage";
import { paintingKeys } from "@/server/storage/storage-keys";

export type NormalisablePainting = { sha256: string; storageKey: string };

export function normalisedCopyKey(sha256: string, side: number): string {
  const dir = paintingKeys(sha256, "png").training.replace(/\/[^/]+$/, "");
  return `${dir}/normalised-${side}.jpg`;
}

/** The copy's bytes, made and stored first when missing (the key is deterministic, so a race only writes the same bytes twice). */
export async function ensureNormalisedCopy(storage: BlobStorage, painting: NormalisablePainting, side: number): Promise<Buffer> {
  const key = normalisedCopyKey(painting.sha256, side);
  if (await storage.exists(key)) return storage.get(key);
  const copy = await makeNormalisedCopy(await storage.get(painting.storageKey), side);
  await storage.put(key, copy, "image/jpeg");
  return copy;
}
