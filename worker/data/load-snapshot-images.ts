// Reads a snapshot's training derivatives from storage and decodes them to [0,1] floats at the
// model's input size, a few at a time. Returns the images per split with their class indices.
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { decodeTrainingImage } from "@/server/images/training-tensor-input";

export type LoadedSplit = { ids: string[]; images: Float32Array[]; labels: number[]; folds: (number | null)[] };
export type LoadedSnapshot = { classKeys: string[]; train: LoadedSplit; validation: LoadedSplit; test: LoadedSplit };

const IN_FLIGHT = 4;

export async function loadSnapshotImages(
  db: Db,
  storage: BlobStorage,
  { snapshotId, inputSize, onProgress }: { snapshotId: string; inputSize: number; onProgress?: (done: number, total: number) => void },
): Promise<LoadedSnapshot> {
  const snapshot = await db.datasetSnapshot.findUniqueOrThrow({ where: { id: snapshotId } });
  const classes = await db.labelClass.findMany({ where: { projectId: snapshot.projectId }, orderBy: { position: "asc" } });
  const items = await db.datasetItem.findMany({
    where: { snapshotId },
    include: { painting: { select: { trainingKey: true } }, labelClass: { select: { position: true } } },
    orderBy: { paintingId: "asc" },
  });
  const empty = (): LoadedSplit => ({ ids: [], images: [], labels: [], folds: [] });
  const result: LoadedSnapshot = { classKeys: classes.map((c) => c.key), train: empty(), validation: empty(), test: empty() };
  const decoded = new Array<Float32Array>(items.length);
  let done = 0;
  for (let start = 0; start < items.length; start += IN_FLIGHT) {
    const chunk = items.slice(start, start + IN_FLIGHT);
    const images = await Promise.all(
      chunk.map(async (item) => decodeTrainingImage(await storage.get(item.painting.trainingKey), { size: inputSize })),
    );
    images.forEach((image, i) => (decoded[start + i] = image));
    done += chunk.length;
    onProgress?.(done, items.length);
  }
  items.forEach((item, index) => {
    const split = item.split === "TRAIN" ? result.train : item.split === "VALIDATION" ? result.validation : result.test;
    split.ids.push(item.paintingId);
    split.images.push(decoded[index]!);
    split.labels.push(item.labelClass.position);
    split.folds.push(item.fold);
  });
  return result;
}
