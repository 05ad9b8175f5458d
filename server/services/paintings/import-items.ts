// The import pipeline behind importBatch and importPainting. Lanes (about one per core, a few more
// to cover file and database waits) read, hash, decode and store files; a single writer records
// what they prepared in groups, one transaction per group, while the lanes go on decoding. Each
// file settles on its own: a bad file is a failed outcome, and the rest carry on.
import os from "node:os";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { BatchItemError, type BatchItem } from "./batch-item";
import { createExistingPaintingFinder } from "./find-existing-paintings";
import { insertPaintings, type InsertOutcome } from "./insert-paintings";
import { loadProjectClasses, preparePainting, type ImportTarget, type PreparedPainting, type ProjectClasses } from "./prepare-painting";

// libvips runs one thread per image here (sharp's default on glibc), so one lane per core keeps
// the cores busy; two more keep them busy while other lanes wait on fsync or the database.
export const IMPORT_CONCURRENCY = Math.max(2, os.availableParallelism()) + 2;
// Rows per transaction: enough to amortise the round trips (each costs milliseconds of Prisma's
// CPU here), small enough that a group's near-duplicate scan and lock stay short and progress moves.
const MIN_GROUP = 16;
const MAX_GROUP = 64;

export type ImportOutcome = InsertOutcome | { status: "failed"; error: unknown };

export async function importItems(
  db: Db,
  storage: BlobStorage,
  items: BatchItem[],
  { concurrency = IMPORT_CONCURRENCY, onSettled, ...target }: ImportTarget & { concurrency?: number; onSettled: (index: number, outcome: ImportOutcome) => void },
): Promise<void> {
  let classes: ProjectClasses;
  try {
    classes = await loadProjectClasses(db, target.projectId);
  } catch (error) {
    items.forEach((_, index) => onSettled(index, { status: "failed", error }));
    return;
  }
  const findExisting = createExistingPaintingFinder(db, target.projectId);
  const writer = createGroupWriter(db, target, onSettled);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      let bytes: Buffer;
      try {
        bytes = await items[index].read();
      } catch (error) {
        onSettled(index, { status: "failed", error: asReadFailure(error) });
        continue;
      }
      try {
        const prepared = await preparePainting(storage, { bytes, item: items[index], classes, target, findExisting });
        if ("duplicateId" in prepared) onSettled(index, { status: "duplicate", paintingId: prepared.duplicateId, nearDuplicates: 0 });
        else writer.add(index, prepared.prepared);
      } catch (error) {
        onSettled(index, { status: "failed", error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  await writer.finish();
}

function asReadFailure(error: unknown): BatchItemError {
  if (error instanceof BatchItemError) return error;
  return new BatchItemError("import/unreadable", `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Group commit: prepared paintings queue up and are written MIN_GROUP at a time (up to MAX_GROUP
 * when more are waiting), the rest once the lanes are done, while the lanes go on decoding.
 */
function createGroupWriter(db: Db, target: ImportTarget, onSettled: (index: number, outcome: ImportOutcome) => void) {
  const queue: { index: number; prepared: PreparedPainting }[] = [];
  let writing: Promise<void> | null = null;
  let finishing = false;
  const write = async (group: typeof queue) => {
    try {
      const outcomes = await insertPaintings(db, target, group.map((entry) => entry.prepared));
      group.forEach((entry, i) => onSettled(entry.index, outcomes[i]));
    } catch (error) {
      for (const entry of group) onSettled(entry.index, { status: "failed", error });
    }
  };
  const kick = () => {
    if (writing || queue.length === 0 || (queue.length < MIN_GROUP && !finishing)) return;
    writing = write(queue.splice(0, MAX_GROUP)).finally(() => {
      writing = null;
      kick();
    });
  };
  return {
    add(index: number, prepared: PreparedPainting) {
      queue.push({ index, prepared });
      kick();
    },
    /** Writes what is left; resolves once everything is written. */
    async finish() {
      finishing = true;
      kick();
      while (writing) await writing;
    },
  };
}
