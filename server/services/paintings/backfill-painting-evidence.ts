// Evidence for paintings imported before it was extracted at import: read from each painting's
// stored upload, a batch at a time, and written once (a painting that has a row is skipped, so
// re-running is harmless). Paintings from before uploads were kept byte for byte point at a
// metadata-free re-encode: they get a row that honestly finds nothing.
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { StorageError } from "@/server/storage/storage-error";
import { paintingEvidenceRow } from "./painting-evidence-row";

export async function backfillPaintingEvidence(db: Db, storage: BlobStorage, { batchSize = 100, onProgress }: { batchSize?: number; onProgress?: (done: number) => void } = {}) {
  let done = 0;
  const missing: string[] = [];
  for (;;) {
    const paintings = await db.painting.findMany({
      where: { evidence: null, id: { notIn: missing } }, select: { id: true, storageKey: true }, orderBy: { id: "asc" }, take: batchSize,
    });
    if (paintings.length === 0) return { done, missing };
    for (const painting of paintings) {
      try {
        const row = paintingEvidenceRow(await storage.get(painting.storageKey));
        await db.paintingEvidence.upsert({ where: { paintingId: painting.id }, create: { paintingId: painting.id, ...row }, update: {} });
        done += 1;
      } catch (error) {
        if (!(error instanceof StorageError && error.code === "storage/not_found")) throw error;
        missing.push(painting.id);
      }
      onProgress?.(done);
    }
  }
}
