// A snapshot's paintings per split: ids, where each training copy is stored, class index and
// fold. Only the list is read here; the images are decoded batch by batch while they train
// (worker/train/stored-image-source.ts), so no split is ever held in memory as pixels.
import type { Db } from "@/server/db/client";
import { normalisedCopyKey } from "./normalised-copies";

export type SnapshotSplit = { ids: string[]; keys: string[]; labels: number[]; folds: (number | null)[] };
export type SnapshotItems = { classKeys: string[]; train: SnapshotSplit; validation: SnapshotSplit; test: SnapshotSplit };

export async function listSnapshotItems(db: Db, { snapshotId }: { snapshotId: string }): Promise<SnapshotItems> {
  const snapshot = await db.datasetSnapshot.findUniqueOrThrow({ where: { id: snapshotId } });
  const classes = await db.labelClass.findMany({ where: { projectId: snapshot.projectId }, orderBy: { position: "asc" } });
  const items = await db.datasetItem.findMany({
    where: { snapshotId },
    include: { painting: { select: { trainingKey: true } }, labelClass: { select: { position: true } } },
    orderBy: { paintingId: "asc" },
  });
  const empty = (): SnapshotSplit => ({ ids: [], keys: [], labels: [], folds: [] });
  const result: SnapshotItems = { classKeys: classes.map((c) => c.key), train: empty(), validation: empty(), test: empty() };
  for (const item of items) {
    const split = item.split === "TRAIN" ? result.train : item.split === "VALIDATION" ? result.validation : result.test;
    split.ids.push(item.paintingId);
    // A snapshot taken with normalised copies trains, validates and tests on them alone.
    split.keys.push(snapshot.normalisedSide ? normalisedCopyKey(item.sha256, snapshot.normalisedSide) : item.painting.trainingKey);
    split.labels.push(item.labelClass.position);
    split.folds.push(item.fold);
  }
  return result;
}

/** The samples at `indices` of a split, in that order. */
export function pickSplit(split: SnapshotSplit, indices: readonly number[]): SnapshotSplit {
  return {
    ids: indices.map((i) => split.ids[i]!),
    keys: indices.map((i) => split.keys[i]!),
    labels: indices.map((i) => split.labels[i]!),
    folds: indices.map((i) => split.folds[i]!),
  };
}

export function concatSplits(a: SnapshotSplit, b: SnapshotSplit): SnapshotSplit {
  return { ids: [...a.ids, ...b.ids], keys: [...a.keys, ...b.keys], labels: [...a.labels, ...b.labels], folds: [...a.folds, ...b.folds] };
}
